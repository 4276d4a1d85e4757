import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, msg } from './fixtures';

/**
 * The README's and the store listing's screenshots, taken from the built extension with the bundled ledgers:
 * docs/screenshots/*.png. Runs with the rest of the e2e suite, so the pictures follow the interface.
 */
const OUT = 'docs/screenshots';


async function settled(page: Page) {
  await expect(page.locator('#app > *').first()).toBeVisible();
  await expect(page.getByText(await msg(page, 'loading'), { exact: true })).toHaveCount(0);
}

test('writes the popup, side panel and options screenshots', async ({ openPage }) => {
  mkdirSync(OUT, { recursive: true });
  const options = await openPage('options.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.emulateMedia({ colorScheme: 'light' });
  // The first-run banner is for a new user, not for the pictures.
  await options.getByRole('button', { name: await msg(options, 'obBannerDismiss') }).click();
  await expect(options.locator('[data-ledger-id]').first()).toBeVisible();
  await options.locator('[data-ledger-id]').first().locator('.lg-toggle').click();
  await expect(options.locator('[data-task-id]').first()).toBeVisible();
  await options.screenshot({ path: `${OUT}/options-ledgers.png` });

  const tabs = await options.locator('[role=tablist] a[role=tab]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  if (tabs.includes('#indicators')) {
    await options.goto(`${options.url().replace(/#.*$/, '')}#indicators`);
    await options.reload();
    await settled(options);
    await options.screenshot({ path: `${OUT}/options-indicators.png` });
  }

  const popup = await openPage('popup.html');
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 400, height: 600 });
  await settled(popup);
  await expect(popup.locator('[data-task-id]').first()).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup.png` });

  const panel = await openPage('sidepanel.html');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.setViewportSize({ width: 360, height: 720 });
  await settled(panel);
  await expect(panel.locator('[data-task-id]').first()).toBeVisible();
  await panel.screenshot({ path: `${OUT}/sidepanel.png` });
});
