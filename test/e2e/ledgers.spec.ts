import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, msg, readStore, watchConsole } from './fixtures';
import { ledgerXlsx } from '../ui/ledgers/xlsx-fixture';
import { BACKUP_TABLES } from '../../lib/backup/tables';
import { CURRENT_SCHEMA_VERSION } from '../../lib/model/upgrades';

const GUYUAN = 'guyuan-2020-county-reform';
const WORD_TABLE = readFileSync('test/ledger/fixtures/guyuan-word.txt', 'utf8');
const MARKUP_TITLE = '<img src=x onerror=alert(1)>';

type Task = {
  id: string;
  ledgerId: string;
  order: number;
  seq: string | null;
  title: string;
  due: string;
  deadlineText: string;
};
const tasksOf = async (page: Page, ledgerId: string) =>
  (await readStore<Task>(page, 'tasks')).filter((t) => t.ledgerId === ledgerId).sort((a, b) => a.order - b.order);
const ledgerIds = async (page: Page) => (await readStore<{ id: string }>(page, 'ledgers')).map((l) => l.id);
const setting = async (page: Page, key: string) =>
  (await readStore<{ key: string; value: unknown }>(page, 'settings')).find((s) => s.key === key)?.value;

async function openOptions(openPage: (path: string) => Promise<Page>, hash = '') {
  const page = await openPage(`options.html${hash}`);
  if (!hash || hash === '#ledgers') await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
  return page;
}

const ledgerItem = (page: Page, id: string) => page.locator(`[data-ledger-id="${id}"]`);

async function expand(page: Page, id: string) {
  await ledgerItem(page, id).locator('.lg-toggle').click();
  await expect(ledgerItem(page, id).locator('[data-task-id]').first()).toBeVisible();
}

test('imports a pasted Word table through the preview and the column mapping into a new ledger', async ({
  openPage,
}) => {
  const page = await openOptions(openPage);
  const errors = watchConsole(page);
  await page.getByRole('button', { name: await msg(page, 'lgImportButton') }).click();
  const paste = page.getByRole('textbox', { name: await msg(page, 'lgPasteLabel'), exact: true });
  await paste.fill(WORD_TABLE);

  // The draft survives closing the page.
  await expect.poll(() => setting(page, 'ledgers.importDraft')).toEqual({ text: WORD_TABLE });
  await page.reload();
  await page.getByRole('button', { name: await msg(page, 'lgImportButton') }).click();
  await expect(page.getByRole('textbox', { name: await msg(page, 'lgPasteLabel'), exact: true })).toHaveValue(
    WORD_TABLE,
  );

  // Detected mapping: 序号 | 工作任务 | 牵头部门 | 完成时限.
  const column = async (n: number) =>
    page.getByRole('combobox', { name: await msg(page, 'lgColumnRoleLabel', [String(n)]), exact: true });
  await expect(await column(1)).toHaveValue('seq');
  await expect(await column(2)).toHaveValue('title');
  await expect(await column(3)).toHaveValue('lead');
  await expect(await column(4)).toHaveValue('deadline');
  const preview = page.locator('.lg-preview tbody tr');
  await expect(preview).toHaveCount(17);
  await expect(preview.first()).toContainText('制定《固原市全面开展县（区）域综合医改实施方案》');
  await expect(preview.first()).toContainText('2020-11-30');
  await expect(preview.first()).toContainText('市医改办');

  // The user drops the 序号 column and moves 牵头部门 off and on again; the preview follows at once.
  await (await column(3)).selectOption('');
  await expect(preview.first()).not.toContainText('市医改办');
  await expect(preview.first()).toContainText(await msg(page, 'lgNoteNoLead'));
  await (await column(3)).selectOption('lead');
  await (await column(1)).selectOption('');
  await expect(preview.first().locator('td').nth(1)).toHaveText('');

  const title = page.getByRole('textbox', { name: await msg(page, 'lgLedgerTitle'), exact: true });
  await expect(title).toHaveValue('固原市全面开展县（区）域综合医改工作任务分工及完成时限');
  await title.fill('E2E 导入测试台账');
  expect(await ledgerIds(page)).toHaveLength(6);

  await page.getByRole('button', { name: await msg(page, 'lgImportConfirm', ['17']) }).click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(7);
  const ids = await ledgerIds(page);
  const newId = ids.find((id) => id.startsWith('user-'))!;
  const item = ledgerItem(page, newId);
  await expect(item.locator('.lg-ledger-title')).toHaveText('E2E 导入测试台账');
  await expect(item.locator('[data-task-id]')).toHaveCount(17);
  await expect(item.locator('[data-task-id]').first()).toContainText('2020年11月30日');

  const stored = await tasksOf(page, newId);
  expect(stored).toHaveLength(17);
  expect(stored.every((t) => t.seq === null)).toBe(true);
  expect(stored[16]).toMatchObject({ title: '医保经办机构与医疗健康总院集体协商制度', due: '2021-03-31' });
  await expect.poll(() => setting(page, 'ledgers.importDraft')).toBeUndefined();
  expect(errors).toEqual([]);
});

test('imports a picked .xlsx (reader loaded only then) into a new ledger, and a .csv into an existing one', async ({
  openPage,
}) => {
  const page = await openOptions(openPage);
  const errors = watchConsole(page);
  // The xlsx reader sits in a chunk of its own that only import() reaches, not in what the page loads up front.
  const chunks = await page.evaluate(async () => {
    const entry = (document.querySelector('script[type="module"]') as HTMLScriptElement).src;
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs inside the page, cannot be hoisted
    const text = async (url: string) => (await fetch(url)).text();
    const names = (source: string, pattern: RegExp) =>
      [...source.matchAll(pattern)].map((m) => new URL(m[1], entry).href);
    const entryText = await text(entry);
    const statics = (url: string, source: string) =>
      names(source, /from\s*"(\.\/[^"]+)"/g).map((n) => new URL(n, url).href);
    const dynamics = (url: string, source: string) =>
      names(source, /import\("(\.\/[^"]+)"\)/g).map((n) => new URL(n, url).href);
    // The entry imports the page at once (entrypoints/options/main.ts): both, and what they import, load up front.
    const pages = dynamics(entry, entryText);
    const pageTexts = await Promise.all(pages.map(text));
    const eager = [
      entry,
      ...statics(entry, entryText),
      ...pages,
      ...pages.flatMap((url, i) => statics(url, pageTexts[i])),
    ];
    // Everything import() reaches from the page, however deep (the import screen loads its readers on demand).
    const lazy = new Map<string, string>();
    const queue = pages.flatMap((url, i) => dynamics(url, pageTexts[i]));
    while (queue.length > 0 && lazy.size < 200) {
      const url = queue.shift()!;
      if (lazy.has(url) || eager.includes(url)) continue;
      const source = await text(url);
      lazy.set(url, source);
      queue.push(...statics(url, source), ...dynamics(url, source));
    }
    return { eager: await Promise.all(eager.map(text)), lazy: [...lazy.values()] };
  });
  expect(chunks.eager.some((c) => c.includes('sharedStrings'))).toBe(false);
  expect(chunks.lazy.some((c) => c.includes('sharedStrings'))).toBe(true);
  await page.getByRole('button', { name: await msg(page, 'lgImportButton') }).click();
  const picker = page.getByLabel(await msg(page, 'liFileLabel'), { exact: true });
  await picker.setInputFiles({
    name: '台账.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await ledgerXlsx(),
  });
  const preview = page.locator('.lg-preview tbody tr');
  await expect(preview).toHaveCount(3);
  await expect(preview.nth(1)).toContainText('统一医共体内药品目录');
  await expect(preview.nth(1)).toContainText('2023-09-30');
  await expect(preview.nth(2)).toContainText('2023-12-31');
  await expect(page.getByRole('textbox', { name: await msg(page, 'lgLedgerTitle'), exact: true })).toHaveValue(
    '某县 2023 年深化医改重点任务台账',
  );
  await page.getByRole('button', { name: await msg(page, 'lgImportConfirm', ['3']) }).click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(7);

  await page.getByRole('button', { name: await msg(page, 'lgImportButton') }).click();
  await picker.setInputFiles('test/ledger/fixtures/wenzhou.csv');
  await expect(preview).toHaveCount(5);
  await page.getByRole('radio', { name: await msg(page, 'lgTargetExisting') }).check();
  await page.getByRole('combobox', { name: await msg(page, 'lgTargetLedger'), exact: true }).selectOption(GUYUAN);
  await page.getByRole('button', { name: await msg(page, 'lgImportConfirm', ['5']) }).click();
  await expect(ledgerItem(page, GUYUAN).locator('[data-task-id]')).toHaveCount(22);
  const appended = (await tasksOf(page, GUYUAN)).slice(17);
  expect(appended.map((t) => t.seq)).toEqual(['1', '2', '6', '10', '12']);
  expect(appended[1].title).toBe('制定《温州市市级公立医院医疗服务价格改革方案》');
  expect(errors).toEqual([]);
});

test('edits a task deadline with the parsed date shown live, and undoes deletes', async ({ openPage }) => {
  const page = await openOptions(openPage);
  const errors = watchConsole(page);
  // Bundled documents are past and open archived (shown 已归档); brought back, a past task says how overdue it is.
  await ledgerItem(page, GUYUAN)
    .getByRole('button', { name: /^恢复台账：/ })
    .click();
  await expand(page, GUYUAN);
  const taskId = `${GUYUAN}#1`;
  const row = page.locator(`[data-task-id="${taskId}"]`);
  // Its 2021 deadline has passed: the state column says how long ago, not just 未完成.
  await expect(row.locator('.lg-overdue')).toHaveText(
    new RegExp(`^${(await msg(page, 'clDueOverdue', ['9999'])).replace('9999', '\\d+')}$`),
  );
  await row
    .getByRole('button', {
      name: await msg(page, 'lgEditTaskLabel', ['制定《固原市全面开展县（区）域综合医改实施方案》']),
    })
    .click();

  const form = page.locator('.lg-edit-row form');
  const deadline = form.getByRole('textbox', { name: await msg(page, 'lgFieldDeadline'), exact: true });
  const parsed = form.locator('.lg-parsed').first();
  await deadline.fill('2027年6月底前');
  await expect(parsed).toHaveText(await msg(page, 'lgDueParsed', ['2027-06-30']));
  await deadline.fill('2017-2020年');
  await expect(parsed).toHaveText(await msg(page, 'lgDueSpan', ['2017-01-01', '2020-12-31']));
  await deadline.fill('按上级要求推进');
  await expect(parsed).toHaveText(await msg(page, 'lgDueOpen'));
  await deadline.fill('年底前');
  // Relative to the ledger's year (issued 2020-12-14).
  await expect(parsed).toHaveText(await msg(page, 'lgDueParsed', ['2020-12-31']));
  await deadline.fill('2027年6月底前');
  await form.getByRole('button', { name: await msg(page, 'lgSave') }).click();
  await expect(form).toHaveCount(0);
  await expect(row.locator('.lg-due')).toHaveText('2027年6月30日');
  await expect(row.locator('.lg-overdue')).toHaveCount(0);
  await expect(row).toContainText(await msg(page, 'lgStateOpen'));
  const saved = (await tasksOf(page, GUYUAN))[0];
  expect(saved).toMatchObject({ deadlineText: '2027年6月底前', due: '2027-06-30' });

  // Delete the task, then undo: the same record comes back.
  await row.getByRole('button', { name: await msg(page, 'lgDeleteTaskLabel', [saved.title]) }).click();
  await expect(row).toHaveCount(0);
  expect(await tasksOf(page, GUYUAN)).toHaveLength(16);
  await page
    .locator('.toast')
    .getByRole('button', { name: await msg(page, 'toastUndo') })
    .click();
  await expect(row).toBeVisible();
  await expect(page.locator('.toast')).toHaveCount(0);
  expect((await tasksOf(page, GUYUAN))[0]).toEqual(saved);

  // Delete the whole seed ledger: it is remembered as dismissed; undo brings it and its tasks back.
  const before = await tasksOf(page, GUYUAN);
  await ledgerItem(page, GUYUAN)
    .getByRole('button', {
      name: await msg(page, 'lgDeleteLedgerLabel', ['固原市全面开展县（区）域综合医改工作任务分工及完成时限']),
    })
    .click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(5);
  expect(await setting(page, 'dismissedSeeds')).toEqual([GUYUAN]);
  expect(await tasksOf(page, GUYUAN)).toEqual([]);
  await page
    .locator('.toast')
    .getByRole('button', { name: await msg(page, 'toastUndo') })
    .click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
  expect(await setting(page, 'dismissedSeeds')).toEqual([]);
  expect(await tasksOf(page, GUYUAN)).toEqual(before);
  expect(errors).toEqual([]);
});

test('keeps bad input with a Chinese message beside the field', async ({ openPage }) => {
  const page = await openOptions(openPage);
  await expand(page, GUYUAN);
  const row = page.locator(`[data-task-id="${GUYUAN}#2"]`);
  await row
    .getByRole('button', { name: await msg(page, 'lgEditTaskLabel', ['制定县（区）域公立医院综合改革实施方案']) })
    .click();
  const form = page.locator('.lg-edit-row form');
  const title = form.getByRole('textbox', { name: await msg(page, 'lgFieldTitle'), exact: true });
  await title.fill('   ');
  await form.getByRole('textbox', { name: await msg(page, 'lgFieldDeadline'), exact: true }).fill('2026年3月底前');
  await form.getByRole('button', { name: await msg(page, 'lgSave') }).click();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(/任务内容不能为空/);
  await expect(form.locator('.ui-error')).toHaveText('任务内容不能为空');
  await expect(form.getByRole('textbox', { name: await msg(page, 'lgFieldDeadline'), exact: true })).toHaveValue(
    '2026年3月底前',
  );
  expect((await tasksOf(page, GUYUAN))[1].title).toBe('制定县（区）域公立医院综合改革实施方案');
});

test('shows markup in a task title as plain text, in the list and in the import preview', async ({ openPage }) => {
  const page = await openOptions(openPage);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await expand(page, GUYUAN);
  await ledgerItem(page, GUYUAN)
    .getByRole('button', { name: await msg(page, 'lgAddTaskButton') })
    .click();
  const form = ledgerItem(page, GUYUAN).locator('.ui-panel form');
  await form.getByRole('textbox', { name: await msg(page, 'lgFieldTitle'), exact: true }).fill(MARKUP_TITLE);
  await form.getByRole('button', { name: await msg(page, 'lgSave') }).click();
  const added = ledgerItem(page, GUYUAN).locator('[data-task-id]').last();
  await expect(added.locator('.lg-title')).toHaveText(MARKUP_TITLE);

  await page.getByRole('button', { name: await msg(page, 'lgImportButton') }).click();
  await page
    .getByRole('textbox', { name: await msg(page, 'lgPasteLabel'), exact: true })
    .fill(`序号\t工作任务\t牵头部门\n1\t${MARKUP_TITLE}\t<b>卫健委</b>`);
  await expect(page.locator('.lg-preview tbody tr').first()).toContainText(MARKUP_TITLE);
  await expect(page.locator('.lg-preview tbody tr').first()).toContainText('<b>卫健委');

  await expect(page.locator('.ui-page img, .ui-page b')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('downloads a backup of the whole database and restores it only after confirmation', async ({
  openPage,
}, testInfo) => {
  const page = await openOptions(openPage, '#backup');
  const errors = watchConsole(page);
  await expect(page.locator('.bk-last')).toHaveText(await msg(page, 'bkNeverBackedUp'));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: await msg(page, 'bkDownload') }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^医改台账备份-\d{8}-\d{4}\.json$/);
  const file = testInfo.outputPath('backup.json');
  await download.saveAs(file);
  const backup = JSON.parse(readFileSync(file, 'utf8'));
  expect(backup).toMatchObject({ format: 'reform-ledger-backup', schemaVersion: CURRENT_SCHEMA_VERSION });
  expect(Object.keys(backup.tables).sort()).toEqual([...BACKUP_TABLES].sort());
  expect(backup.tables.ledgers).toHaveLength(6);
  expect(backup.tables.tasks).toHaveLength(204);
  await expect(page.locator('.bk-last')).toHaveAttribute('data-last-backup', /^\d{13}$/);

  // Change the data after the backup: delete a ledger in the 台账 tab.
  await page.goto(page.url().replace('#backup', '#ledgers'));
  await ledgerItem(page, GUYUAN)
    .getByRole('button', {
      name: await msg(page, 'lgDeleteLedgerLabel', ['固原市全面开展县（区）域综合医改工作任务分工及完成时限']),
    })
    .click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(5);
  await page.goto(page.url().replace('#ledgers', '#backup'));
  const picker = page.getByLabel(await msg(page, 'bkPickFile'), { exact: true });

  // A file of another kind is refused with a Chinese message and changes nothing.
  await picker.setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"something-else"}'),
  });
  await expect(page.locator('.bk-error')).toContainText('不是医改台账助手的备份文件');
  const broken = structuredClone(backup);
  broken.tables.tasks[3].title = '';
  await picker.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  await expect(page.locator('.bk-error')).toContainText('“任务”表第 4 条记录无效：title：任务名称不能为空');
  expect(await ledgerIds(page)).toHaveLength(5);

  // The real file: the summary shows what is replaced, and nothing happens before the confirmation.
  await picker.setInputFiles(file);
  await expect(page.locator('.bk-summary tr[data-table="ledgers"] td')).toHaveText(['5', '6']);
  await expect(page.locator('.bk-summary tr[data-table="tasks"] td')).toHaveText(['187', '204']);
  // Names from the file itself, not only counts, so the user sees it is the backup they meant.
  await expect(page.locator('.bk-sample [data-sample="ledgers"]')).toContainText(backup.tables.ledgers[0].title);
  await expect(page.locator('.bk-sample [data-sample="ledgers"]')).toContainText('等 6 项');
  await expect(page.locator('.bk-sample [data-sample="tasks"]')).toContainText(backup.tables.tasks[0].title);
  expect(await ledgerIds(page)).toHaveLength(5);
  await page.getByRole('button', { name: await msg(page, 'bkConfirm') }).click();
  await expect(page.locator('.ui-ok')).toBeVisible();
  expect(await ledgerIds(page)).toHaveLength(6);
  expect(await tasksOf(page, GUYUAN)).toHaveLength(17);
  expect(await setting(page, 'dismissedSeeds')).toBeUndefined();

  await page.goto(page.url().replace('#backup', '#ledgers'));
  await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
  expect(errors).toEqual([]);
});

test('selects tasks (Shift-click range, select-all of the filtered rows) and marks done, archives or restores them with undo', async ({
  openPage,
}) => {
  const page = await openOptions(openPage);
  const errors = watchConsole(page);
  await expand(page, GUYUAN);
  const item = ledgerItem(page, GUYUAN);
  type Row = { id: string; archived: number; done: number };
  const rows = async () =>
    (await readStore<Row & { ledgerId: string }>(page, 'tasks')).filter((t) => t.ledgerId === GUYUAN);
  expect((await rows()).every((t) => t.archived === 1)).toBe(true);

  // Search the archived ledger: 归档 tasks are found; select-all takes only the rows shown.
  await item.getByRole('searchbox').fill('医保');
  const shown = await item.locator('tbody [data-task-id]').count();
  expect(shown).toBeGreaterThan(1);
  expect(shown).toBeLessThan(17);
  await item.getByRole('checkbox', { name: await msg(page, 'wkSelectAll', [String(shown)]) }).check();
  const bar = item.getByRole('toolbar', { name: await msg(page, 'wkBulkLabel') });
  await expect(bar).toContainText(await msg(page, 'wkSelected', [String(shown)]));
  await bar.getByRole('button', { name: await msg(page, 'wkBulkRestore') }).click();
  await expect(page.locator('.toast')).toContainText(await msg(page, 'wkBulkToast_restore', [String(shown)]));
  await expect.poll(async () => (await rows()).filter((t) => t.archived === 0).length).toBe(shown);
  await page.screenshot({ path: 'test-results/e2e-output/ledger-bulk.png' });
  await page
    .locator('.toast')
    .getByRole('button', { name: await msg(page, 'toastUndo') })
    .click();
  await expect.poll(async () => (await rows()).filter((t) => t.archived === 0).length).toBe(0);

  // Shift-click: rows 2 to 4 of the whole ledger, marked done together; undo reopens them.
  await item.getByRole('searchbox').fill('');
  const boxes = item.locator('tbody [data-task-id] input[type="checkbox"]');
  await expect(boxes).toHaveCount(17);
  await boxes.nth(1).click();
  await boxes.nth(3).click({ modifiers: ['Shift'] });
  await expect(bar).toContainText(await msg(page, 'wkSelected', ['3']));
  await bar.getByRole('button', { name: await msg(page, 'wkBulkDone') }).click();
  const ids = [2, 3, 4].map((n) => `${GUYUAN}#${n}`);
  await expect
    .poll(async () =>
      (await rows())
        .filter((t) => t.done === 1)
        .map((t) => t.id)
        .sort(),
    )
    .toEqual(ids);
  await expect(bar).toHaveCount(0);
  await page
    .locator('.toast')
    .getByRole('button', { name: await msg(page, 'toastUndo') })
    .click();
  await expect.poll(async () => (await rows()).filter((t) => t.done === 1).length).toBe(0);

  // 归档 on a selection of restored tasks puts them back out of the checklist.
  await item.getByRole('combobox', { name: await msg(page, 'wkFilterState') }).selectOption('archived');
  await boxes.first().click();
  await bar.getByRole('button', { name: await msg(page, 'wkBulkRestore') }).click();
  await expect.poll(async () => (await rows()).filter((t) => t.archived === 0).length).toBe(1);
  await item.getByRole('combobox', { name: await msg(page, 'wkFilterState') }).selectOption('open');
  await expect(boxes).toHaveCount(1);
  await boxes.first().click();
  await bar.getByRole('button', { name: await msg(page, 'wkBulkArchive') }).click();
  await expect.poll(async () => (await rows()).filter((t) => t.archived === 0).length).toBe(0);
  expect(errors).toEqual([]);
});
