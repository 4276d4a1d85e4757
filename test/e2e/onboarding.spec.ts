import type { Page } from '@playwright/test';
import { test, expect, msg, readStore } from './fixtures';

const setting = async (page: Page, key: string) =>
  (await readStore<{ key: string; value: unknown }>(page, 'settings')).find((s) => s.key === key)?.value;

const WENZHOU = 'wenzhou-2016-reform-pilot';

test('install opens the guide, which keeps the ticked ledgers and saves departments and reminders', async ({
  context,
}) => {
  await expect
    .poll(() => context.pages().find((p) => p.url().endsWith('/options.html#welcome')) !== undefined)
    .toBe(true);
  const page = context.pages().find((p) => p.url().endsWith('/options.html#welcome'))!;
  const dialog = page.getByRole('dialog', { name: await msg(page, 'obTitle') });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('[data-seed-id]')).toHaveCount(6);
  const seedIds = await dialog
    .locator('[data-seed-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-seed-id')!));
  const dropped = seedIds.includes(WENZHOU) ? WENZHOU : seedIds[0];

  await dialog.locator(`[data-seed-id="${dropped}"]`).uncheck();
  await expect(dialog).toContainText(await msg(page, 'obLedgersWillDelete', ['1']));
  await dialog.getByRole('button', { name: await msg(page, 'obNext') }).click();
  await expect(dialog.getByRole('heading', { level: 3 })).toContainText(await msg(page, 'obStepDepartments'));
  expect((await readStore<{ id: string }>(page, 'ledgers')).map((l) => l.id)).not.toContain(dropped);
  expect(await setting(page, 'dismissedSeeds')).toEqual([dropped]);

  const department = dialog.locator('[data-department]').first();
  const name = await department.getAttribute('data-department');
  await department.click();
  await expect(department).toBeChecked();
  await expect
    .poll(
      async () => ((await setting(page, 'checklist.filters')) as { departments: string[] } | undefined)?.departments,
    )
    .toEqual([name]);
  await dialog.getByRole('button', { name: await msg(page, 'obNext') }).click();

  await dialog.getByRole('checkbox', { name: await msg(page, 'obRemindersEnabled') }).uncheck();
  await dialog.getByRole('button', { name: await msg(page, 'obFinish') }).click();
  await expect(dialog).toBeHidden();
  expect(await setting(page, 'checklist.reminder')).toMatchObject({ enabled: false });
  expect(await setting(page, 'onboarding.state')).toBe('done');
  // Done: the ledgers tab shows without the guide's banner, also after a reload.
  await page.reload();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(5);
  await expect(page.getByText(await msg(page, 'obBannerText'))).toHaveCount(0);
});

test('until the guide is finished the options page offers it; "不再提示" skips it for good', async ({ openPage }) => {
  const page = await openPage('options.html');
  const banner = page.getByRole('complementary', { name: await msg(page, 'obTitle') });
  await expect(banner).toBeVisible();
  await banner.getByRole('link', { name: await msg(page, 'obBannerStart') }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  // Escape leaves the guide for later: nothing is deleted and the banner stays.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
  await banner.getByRole('button', { name: await msg(page, 'obBannerDismiss') }).click();
  await expect(banner).toHaveCount(0);
  expect(await setting(page, 'onboarding.state')).toBe('skipped');
  await page.reload();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
  await expect(banner).toHaveCount(0);
});
