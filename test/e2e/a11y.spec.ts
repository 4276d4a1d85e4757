import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, msg } from './fixtures';
import { addTasks } from '../checklist/e2e/helpers';

/**
 * axe-core on every page of the extension, light and dark: no serious or critical violation. The options tabs
 * are read from the page's own tab links, so tabs added later are audited too.
 */
const SCHEMES = ['light', 'dark'] as const;

async function settled(page: Page) {
  await expect(page.locator('#app > *').first()).toBeVisible();
  await expect(page.getByText(await msg(page, 'loading'), { exact: true })).toHaveCount(0);
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join('\n  ')}`,
    );
}

for (const colorScheme of SCHEMES) {
  test(`popup and side panel have no serious accessibility violation (${colorScheme})`, async ({ openPage }) => {
    const popup = await openPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await popup.setViewportSize({ width: 400, height: 600 });
    await settled(popup);
    expect(await seriousViolations(popup)).toEqual([]);

    const panel = await openPage('sidepanel.html');
    await panel.emulateMedia({ colorScheme });
    await panel.setViewportSize({ width: 320, height: 700 });
    await settled(panel);
    expect(await seriousViolations(panel)).toEqual([]);
  });

  test(`every options tab and the first-run guide have no serious accessibility violation (${colorScheme})`, async ({
    openPage,
  }) => {
    test.setTimeout(180_000);
    const page = await openPage('options.html');
    await page.emulateMedia({ colorScheme });
    await settled(page);
    const tabs = await page
      .locator('[role=tablist] a[role=tab]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(tabs.length).toBeGreaterThanOrEqual(3);
    for (const hash of [...tabs, '#welcome']) {
      await page.goto(page.url().replace(/#.*$/, '') + hash);
      await page.reload();
      await settled(page);
      if (hash === '#welcome') await expect(page.getByRole('dialog')).toBeVisible();
      else await expect(page.locator(`[role=tab][href="${hash}"]`)).toHaveAttribute('aria-selected', 'true');
      expect(await seriousViolations(page), hash).toEqual([]);
    }
  });
}

test('popup and side panel fit their width: nothing scrolls sideways at 400 px, 320 px and 125% zoom', async ({
  openPage,
}) => {
  for (const [path, width] of [
    ['popup.html', 400],
    ['sidepanel.html', 320],
    ['sidepanel.html', 256],
  ] as const) {
    // 256 CSS px is a 320 px panel at 125% zoom.
    const page = await openPage(path);
    await page.setViewportSize({ width, height: 600 });
    await settled(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} at ${width}px`).toBeLessThanOrEqual(0);
    await page.close();
  }
});

test('the options page is usable from the keyboard with a visible focus ring', async ({ openPage }) => {
  const page = await openPage('options.html');
  await settled(page);
  const seen: string[] = [];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        text: (el.textContent ?? '').trim(),
        ring: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        visible: el.matches(':focus-visible'),
      };
    });
    expect(focus, `Tab ${i + 1}`).not.toBeNull();
    expect(focus!.visible && focus!.ring, `focus ring on "${focus!.text}"`).toBe(true);
    seen.push(focus!.text);
  }
  // The tab links come first in the order, right after the page title.
  expect(seen).toContain(await msg(page, 'tabLedgers'));
  // Enter on a focused tab link switches tabs.
  await page.getByRole('tab', { name: await msg(page, 'tabBackup') }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: await msg(page, 'tabBackup') })).toHaveAttribute('aria-selected', 'true');
});

test("opened parts (a ledger's task table, the import panel, a note) have no serious violation, light and dark", async ({
  openPage,
}) => {
  test.setTimeout(180_000);
  for (const colorScheme of SCHEMES) {
    const options = await openPage('options.html#ledgers');
    await options.emulateMedia({ colorScheme });
    // The bundled documents are past and open archived: one restored ledger puts tasks (and notes) in the popup.
    await expect(options.locator('[data-ledger-id]').first()).toBeVisible();
    const restore = options
      .locator('[data-ledger-id]')
      .first()
      .getByRole('button', { name: /^恢复台账：/ });
    if (await restore.isVisible()) await restore.click();
    // Restored tasks are earlier years' (history): one of this year puts a row (and its note) in the popup.
    await addTasks(options, [{ key: 'a11y', title: '本年度任务', offset: 3 }]);
    await options.reload();
    await options.locator('[data-ledger-id]').first().locator('.lg-toggle').click();
    await expect(options.locator('[data-task-id]').first()).toBeVisible();
    await options.getByRole('button', { name: await msg(options, 'lgImportButton') }).click();
    await expect(options.getByRole('textbox', { name: await msg(options, 'lgPasteLabel'), exact: true })).toBeVisible();
    expect(await seriousViolations(options), `ledgers ${colorScheme}`).toEqual([]);

    const popup = await openPage('popup.html');
    await popup.emulateMedia({ colorScheme });
    await popup.locator('.cl-note-btn').first().click();
    await expect(popup.locator('.cl-note-form')).toBeVisible();
    expect(await seriousViolations(popup), `note ${colorScheme}`).toEqual([]);
    await options.close();
    await popup.close();
  }
});
