import { writeFileSync } from 'node:fs';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, launchExtension } from './fixtures';
import { chineseOutside, documentText, pageTexts } from './english-walk';
import { ledger, task, writeRaw } from './reliability-data';

/** English is the second locale: an English browser gets English strings and English dates, Chinese stays default. */
async function launchEnglish(): Promise<{ context: BrowserContext; id: string; worker: Worker }> {
  const { context, extensionId, worker } = await launchExtension({ language: 'en' });
  return { context, id: extensionId, worker };
}

test('an English browser shows the checklist, the ledgers and the guide in English with English dates', async () => {
  const { context, id, worker } = await launchEnglish();
  try {
    // The toolbar button's tooltip is the manifest's action title, by message (WXT put the popup's Chinese <title> there).
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Reform Ledger');
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

// The user's data of the walk: a ledger of their own with tasks due soon, overdue and open, and a unit with figures.
const NOW = Date.UTC(2026, 0, 5);
const USER_LEDGER = ledger('user-walk', '2026年县医改重点任务', NOW);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const USER_TASKS = [
  task('user-walk', 1, '推进紧密型县域医共体建设', day(3), NOW, { lead: ['县卫健局'], partners: ['县医保局'] }),
  task('user-walk', 2, '深化医保支付方式改革', day(-4), NOW, {
    lead: ['县医保局'],
    notes: [{ at: NOW, text: '已完成调研' }],
  }),
  task('user-walk', 3, '完善家庭医生签约服务', '', NOW, { lead: ['县卫健局'] }),
];
const USER_UNIT = '某县';
const PASTED = ['序号\t具体工作\t牵头单位\t完成时限', '1\t建立健全现代医院管理制度\t县卫健局\t2026年12月底前'].join(
  '\n',
);
const USER_TEXT = [
  ...[USER_LEDGER, ...USER_TASKS].flatMap((r) => Object.values(r).flat().map(String)),
  '已完成调研',
  USER_UNIT,
  ...PASTED.split(/[\t\n]/),
];

test('the English UI walk: every page, tab, panel and dialog shows no Chinese outside the user’s data and the documents', async () => {
  test.setTimeout(180_000);
  const { context, id, worker } = await launchEnglish();
  const known = [...documentText(), ...USER_TEXT];
  const found: string[] = [];
  const look = async (page: Page, where: string) => {
    page.setDefaultTimeout(10_000);
    console.log('look', where, new Date().toISOString());
    await page.waitForTimeout(150);
    for (const text of chineseOutside(await pageTexts(page), known)) found.push(`${where}: ${text}`);
    writeFileSync('test-results/english-walk.txt', `${where}\n${found.join('\n')}\n`);
  };
  try {
    const options = await context.newPage();
    options.setDefaultTimeout(10_000);
    const open = async (hash: string) => {
      console.log('open', hash, new Date().toISOString());
      await options.goto(`chrome-extension://${id}/options.html#${hash}`);
      await options.waitForLoadState('networkidle');
    };

    // First run: the welcome guide, every step.
    await open('welcome');
    const dialog = options.getByRole('dialog', { name: 'Welcome to Reform Ledger' });
    await expect(dialog).toBeVisible({ timeout: 20_000 });
    await look(options, 'welcome step 1');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await look(options, 'welcome step 2');
    await dialog.getByRole('button', { name: 'Next' }).click();
    await look(options, 'welcome step 3');
    await dialog.getByRole('button', { name: 'Finish' }).click();
    await expect(dialog).toBeHidden();

    // Written straight into IndexedDB, which no live query observes: the pages below load after it.
    await writeRaw(options, { ledgers: [USER_LEDGER], tasks: USER_TASKS });
    await options.reload();

    // Ledgers: the list, a bundled ledger's tasks, the user's ledger open, the new-ledger form and the import screen.
    await open('ledgers');
    await expect(options.locator('[data-ledger-id]').first()).toBeVisible();
    await look(options, 'ledgers');
    for (const ledgerId of [
      'user-walk',
      await options.locator('[data-ledger-id]').last().getAttribute('data-ledger-id'),
    ]) {
      const item = options.locator(`[data-ledger-id="${ledgerId}"]`);
      await item.locator('.lg-toggle').click();
      await look(options, `ledger ${ledgerId} open`);
      await item.locator('.lg-toggle').click();
    }
    await options.getByRole('button', { name: 'New ledger' }).click();
    await look(options, 'new ledger form');
    await options.getByRole('button', { name: 'New ledger' }).click();
    await options.getByRole('button', { name: 'Import a table' }).click();
    await look(options, 'import screen');
    await options.getByLabel('Paste the table').fill(PASTED);
    await expect(options.getByRole('button', { name: 'Import 1 task' })).toBeVisible();
    await look(options, 'import preview');

    // Checklist settings.
    await open('checklist');
    await look(options, 'checklist settings');

    // Indicators: a unit made in the UI, its figures typed and saved, the chart, the targets and a new indicator.
    await open('indicators');
    await look(options, 'indicators (no unit)');
    await options.getByRole('button', { name: 'New unit' }).click();
    await look(options, 'new unit form');
    await options.getByLabel('Unit name').fill(USER_UNIT);
    await options.getByRole('button', { name: 'Create', exact: true }).click();
    await expect(options.getByRole('button', { name: USER_UNIT, exact: true })).toBeVisible();
    const month = await options.getByLabel('Month', { exact: true }).inputValue();
    const figures = options.locator('.ind fieldset').first().locator('input');
    await figures.nth(0).fill('700');
    await figures.nth(1).fill('1000');
    await options.getByRole('button', { name: `Save figures for ${month}` }).click();
    await expect(options.getByText(`Saved figures for ${month}`)).toBeVisible();
    await look(options, 'indicators with figures');
    await options
      .getByRole('button', { name: /^Show chart: / })
      .first()
      .click();
    await look(options, 'indicator chart');
    await options
      .getByRole('button', { name: /^Change targets and deadlines: / })
      .first()
      .click();
    await look(options, 'target editor');
    await options.getByRole('button', { name: 'Add indicator' }).click();
    await look(options, 'custom indicator form');

    // Reports: every panel of the user's ledger.
    await open('report');
    await options.getByRole('combobox', { name: /^Ledger/ }).selectOption('user-walk');
    await options.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await look(options, 'report');

    // Export and backup.
    await open('export');
    await look(options, 'export');
    await open('backup');
    await look(options, 'backup');

    // The popup and the side panel with the user's tasks, a note panel open.
    for (const path of ['popup.html', 'sidepanel.html']) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${id}/${path}`);
      await expect(page.locator('[data-task-id]').first()).toBeVisible();
      await look(page, path);
      await page
        .getByRole('button', { name: /^Progress notes: / })
        .first()
        .click();
      await look(page, `${path} notes`);
      await page.close();
    }

    // The capture form, as a selected sentence opens it from the context menu.
    const captured = context.waitForEvent('page', (p) => p.url().endsWith('sidepanel.html#capture'));
    await worker.evaluate(() =>
      (
        globalThis as unknown as {
          reformLedgerCapture: { onCaptureMenuClick: (i: unknown, t: unknown) => Promise<void> };
        }
      ).reformLedgerCapture.onCaptureMenuClick(
        { menuItemId: 'capture-task', selectionText: '请县卫健局于12月10日前报送医共体建设进展情况', frameId: 0 },
        { id: -1, windowId: -1, index: 0, title: '关于报送进展情况的通知', url: 'https://example.gov.cn/notice.html' },
      ),
    );
    const capture = await captured;
    await expect(capture.getByRole('form')).toBeVisible();
    known.push('请县卫健局于12月10日前报送医共体建设进展情况', '关于报送进展情况的通知', '12月10日前');
    await look(capture, 'capture form');

    expect(found).toEqual([]);
  } finally {
    await context.close();
  }
});
