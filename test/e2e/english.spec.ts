import type { BrowserContext } from '@playwright/test';
import { test, expect, launchExtension } from './fixtures';

/** English is the second locale: an English browser gets English strings and English dates, Chinese stays default. */
async function launchEnglish(): Promise<{ context: BrowserContext; id: string }> {
  const { context, extensionId } = await launchExtension({ language: 'en' });
  return { context, id: extensionId };
}

test('an English browser shows the checklist, the ledgers and the guide in English with English dates', async () => {
  const { context, id } = await launchEnglish();
  try {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.getByRole('heading', { level: 1 })).toHaveText('Reform Ledger');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('en');
    // The bundled documents are past: their tasks open archived, and the empty checklist says where they are.
    await expect(popup.getByText('archived')).toBeVisible();

    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html#welcome`);
    await expect(options.getByRole('dialog', { name: 'Welcome to Reform Ledger' })).toBeVisible();
    await expect(options.getByRole('heading', { level: 3 })).toHaveText('Step 1 of 3: Which documents apply to you');
    await options.getByRole('button', { name: 'Skip the guide' }).click();
    await expect(options.getByRole('tab', { name: 'Ledgers' })).toHaveAttribute('aria-selected', 'true');
    await expect(options.locator('[data-ledger-id]').first()).toContainText(/, 20\d\d/);
    // Restored in one step, a bundled ledger's overdue rows show their dates the English way.
    await options
      .locator('[data-ledger-id]')
      .first()
      .getByRole('button', { name: /^Restore ledger: / })
      .click();
    await popup.reload();
    // Its tasks are earlier years' work: one click shows them.
    await popup.locator('[data-period="history"]').click();
    await expect(popup.locator('[data-task-id] time').first()).toHaveText(/^[A-Z][a-z]{2} \d{1,2}, 20\d\d$/);
  } finally {
    await context.close();
  }
});
