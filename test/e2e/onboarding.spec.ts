import type { Page } from '@playwright/test';
import { test, expect, msg, readStore } from './fixtures';

const setting = async (page: Page, key: string) =>
  (await readStore<{ key: string; value: unknown }>(page, 'settings')).find((s) => s.key === key)?.value;

test('install opens the guide: the documents that apply are picked, history opens archived, no red badge of ~200', async ({
  context,
  worker,
}) => {
  await expect
    .poll(() => context.pages().find((p) => p.url().endsWith('/options.html#welcome')) !== undefined)
    .toBe(true);
  const page = context.pages().find((p) => p.url().endsWith('/options.html#welcome'))!;
  const dialog = page.getByRole('dialog', { name: await msg(page, 'obTitle') });
  await expect(dialog).toBeVisible();
  // A fresh install: the bundled 2016–2021 documents are history, so the toolbar shows no overdue count.
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');
  const documents = dialog.locator('[data-document-id]');
  await expect(documents).toHaveCount(5);
  await expect(documents.first()).not.toBeChecked();
  const picked = await documents.first().getAttribute('data-document-id');
  await documents.first().check();
  // Every bundled document's dates are past: even picked, its tasks open archived, and the summary says so.
  await expect(dialog.locator('[data-opens="current"]')).toHaveCount(0);
  await expect(dialog.getByRole('status')).toHaveText(await msg(page, 'obDocumentsSummary', ['0']));
  await page.screenshot({ path: 'test-results/e2e-output/onboarding-documents.png' });
  await dialog.getByRole('button', { name: await msg(page, 'obNext') }).click();
  await expect(dialog.getByRole('heading', { level: 3 })).toContainText(await msg(page, 'obStepDepartments'));
  const docs = await readStore<{ id: string; applies: number }>(page, 'documents');
  expect(docs.filter((d) => d.applies === 1).map((d) => d.id)).toEqual([picked]);
  const ledgers = await readStore<{ id: string; archived: number }>(page, 'ledgers');
  expect(ledgers).toHaveLength(6);
  expect(ledgers.every((l) => l.archived === 1)).toBe(true);
  const tasks = await readStore<{ archived: number }>(page, 'tasks');
  expect(tasks.length).toBeGreaterThan(200);
  expect(tasks.every((t) => t.archived === 1)).toBe(true);
  expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('');

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
  await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
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
