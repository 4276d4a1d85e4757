import type { Page } from '@playwright/test';
import { test, expect, msg, readStore, watchConsole } from './fixtures';
import { sampleDocx } from '../ledger/docx-fixture';

// A table as Word puts it on the clipboard: 序号 and 牵头单位 merged down two rows, a heading merged across, line
// breaks inside a cell, a 责任领导 (person) column and a 进度安排 column with phases.
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
<table class=MsoTableGrid border=1 style='border-collapse:collapse'>
<tr><td><p class=MsoNormal><b>序号</b></p></td><td><b>重点任务</b></td><td><b>牵头单位</b></td><td><b>配合单位</b></td><td><b>责任领导</b></td><td><b>进度安排</b></td></tr>
<tr><td colspan=6><p class=MsoNormal>一、健全县域医共体</p></td></tr>
<tr><td rowspan=2>1</td><td>统一医共体内药品目录</td><td rowspan=2>县卫健局</td><td><p>县医保局</p><p>县财政局</p></td><td>张三</td><td>2025年6月底前</td></tr>
<tr><td>统一药品采购配送</td><td>县市场监管局<br>县医保局</td><td>李四</td><td>2025年底前</td></tr>
<tr><td>2</td><td>推进按病种付费</td><td>县医保局</td><td>县卫健局</td><td>王五</td><td>①2025年3月底前制定方案②2025年9月底前全面推开</td></tr>
</table><!--EndFragment--></body></html>`;
// What the same copy puts under text/plain: merged cells gone, columns shifted.
const WORD_PLAIN = '序号\t重点任务\t牵头单位\n1\t统一医共体内药品目录\t县卫健局\n统一药品采购配送\t县市场监管局';

type Task = {
  ledgerId: string;
  order: number;
  seq: string | null;
  group: string | null;
  title: string;
  lead: string[];
  partners: string[];
  leaders: string[];
  milestones: { text: string; due: string }[];
  due: string;
};
const tasksOf = async (page: Page, ledgerId: string) =>
  (await readStore<Task>(page, 'tasks')).filter((t) => t.ledgerId === ledgerId).sort((a, b) => a.order - b.order);
const newLedgerId = async (page: Page) =>
  (await readStore<{ id: string }>(page, 'ledgers')).map((l) => l.id).find((id) => id.startsWith('user-'));

async function openImport(openPage: (path: string) => Promise<Page>) {
  const page = await openPage('options.html#ledgers');
  // The bundled ledgers are written on first install; on a busy machine that takes a while.
  await expect(page.locator('[data-ledger-id]')).toHaveCount(6, { timeout: 30_000 });
  await page.getByRole('button', { name: await msg(page, 'lgImportButton') }).click();
  return page;
}

const column = async (page: Page, n: number) =>
  page.getByRole('combobox', { name: await msg(page, 'lgColumnRoleLabel', [String(n)]), exact: true });

test('a Word table pasted as clipboard HTML keeps merged cells, people and phases; nothing is written before confirm', async ({
  openPage,
}) => {
  const page = await openImport(openPage);
  const errors = watchConsole(page);
  const paste = page.getByRole('textbox', { name: await msg(page, 'lgPasteLabel'), exact: true });
  await paste.focus();
  await paste.evaluate(
    (el, { html, plain }) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', plain);
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { html: WORD_HTML, plain: WORD_PLAIN },
  );

  // Each column's meaning as read from its (bold) header: 责任领导 is people, 进度安排 gives the deadline and phases.
  await expect(await column(page, 1)).toHaveValue('seq');
  await expect(await column(page, 2)).toHaveValue('title');
  await expect(await column(page, 3)).toHaveValue('lead');
  await expect(await column(page, 4)).toHaveValue('partners');
  await expect(await column(page, 5)).toHaveValue('leaders');
  await expect(await column(page, 6)).toHaveValue('deadline');

  const preview = page.locator('.lg-preview tbody tr');
  await expect(preview).toHaveCount(3);
  // The rowspan filled the second row's 序号 and 牵头单位: the text path would have shifted them.
  await expect(preview.nth(1).locator('td').nth(1)).toHaveText('1');
  await expect(preview.nth(1).locator('.lg-lead')).toHaveText('县卫健局');
  await expect(preview.nth(1).locator('.lg-partners')).toHaveText('县市场监管局、县医保局');
  await expect(preview.nth(0).locator('.lg-partners')).toHaveText('县医保局、县财政局');
  await expect(preview.nth(0).locator('.lg-leaders')).toHaveText('张三');
  await expect(preview.nth(0)).toContainText('健全县域医共体');
  await expect(preview.nth(2).locator('.lg-milestones li')).toHaveCount(2);
  await expect(preview.nth(2).locator('.lg-due')).toHaveText('2025-09-30');
  expect(await newLedgerId(page)).toBeUndefined();
  await page.screenshot({ path: 'test-results/import-paste-preview.png', fullPage: true });

  await page.getByRole('textbox', { name: await msg(page, 'lgLedgerTitle'), exact: true }).fill('E2E 粘贴台账');
  await page.getByRole('button', { name: await msg(page, 'lgImportConfirm', ['3']) }).click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(7);
  const id = (await newLedgerId(page))!;
  const stored = await tasksOf(page, id);
  expect(stored.map((t) => [t.seq, t.title, t.lead, t.partners, t.leaders, t.due])).toEqual([
    ['1', '统一医共体内药品目录', ['县卫健局'], ['县医保局', '县财政局'], ['张三'], '2025-06-30'],
    ['1', '统一药品采购配送', ['县卫健局'], ['县市场监管局', '县医保局'], ['李四'], '2025-12-31'],
    ['2', '推进按病种付费', ['县医保局'], ['县卫健局'], ['王五'], '2025-09-30'],
  ]);
  expect(stored.every((t) => t.group?.includes('健全县域医共体'))).toBe(true);
  expect(stored[2].milestones.map((m) => m.due)).toEqual(['2025-03-31', '2025-09-30']);

  // The ledger shows the imported tasks with the same cells as the preview (责任领导, milestones).
  const item = page.locator(`[data-ledger-id="${id}"]`);
  // A ledger just imported opens by itself.
  if ((await item.locator('.lg-toggle').getAttribute('aria-expanded')) !== 'true')
    await item.locator('.lg-toggle').click();
  await expect(item.locator('[data-task-id]')).toHaveCount(3);
  await expect(item.locator('[data-task-id]').nth(0).locator('.lg-leaders')).toHaveText('张三');
  await expect(item.locator('[data-task-id]').nth(2).locator('.lg-milestones li')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('a dropped .docx offers each of its tables, with bold leads and merged cells, and imports the chosen one', async ({
  openPage,
}) => {
  const page = await openImport(openPage);
  const errors = watchConsole(page);
  await page.locator('.lg-source').evaluate(
    (el, bytes) => {
      const file = new File([new Uint8Array(bytes)], '重点任务分工.docx', {
        type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      const data = new DataTransfer();
      data.items.add(file);
      el.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      el.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    },
    [...sampleDocx()],
  );

  const chooser = page.getByRole('combobox', { name: await msg(page, 'liTableLabel', ['2']), exact: true });
  await expect(chooser).toBeVisible();
  const preview = page.locator('.lg-preview tbody tr');
  await expect(preview).toHaveCount(3);
  // 牵头单位 + 配合单位 under one merged 责任单位 header; bold 市卫健委 leads, the plain unit beside it partners.
  await expect(await column(page, 4)).toHaveValue('lead');
  await expect(await column(page, 5)).toHaveValue('partners');
  await expect(preview.nth(0).locator('.lg-lead')).toHaveText('市卫健委');
  await expect(preview.nth(0).locator('.lg-partners')).toHaveText('市医保局、市财政局');
  // The merged 具体工作 rows share 序号, 重点任务 and the merged department cell.
  await expect(preview.nth(1).locator('.lg-lead')).toHaveText('市卫健委');
  await expect(preview.nth(1).locator('.lg-partners')).toHaveText('市医保局、市政府办');
  await expect(preview.nth(2).locator('.lg-due')).toHaveText('2021-03-31');

  await chooser.selectOption('1');
  await expect(preview).toHaveCount(1);
  await expect(preview.nth(0).locator('.lg-lead')).toHaveText('县卫健局');
  await chooser.selectOption('0');
  await expect(preview).toHaveCount(3);
  expect(await newLedgerId(page)).toBeUndefined();

  await page.getByRole('textbox', { name: await msg(page, 'lgLedgerTitle'), exact: true }).fill('E2E Word 文件台账');
  await page.getByRole('button', { name: await msg(page, 'lgImportConfirm', ['3']) }).click();
  await expect(page.locator('[data-ledger-id]')).toHaveCount(7);
  const stored = await tasksOf(page, (await newLedgerId(page))!);
  expect(stored.map((t) => [t.title, t.lead, t.partners])).toEqual([
    ['建立联席会议制度', ['市卫健委'], ['市医保局', '市财政局']],
    ['建立督查制度', ['市卫健委'], ['市医保局', '市政府办']],
    ['全面推行按病种付费', ['市医保局'], ['市卫健委', '市财政局']],
  ]);
  expect(errors).toEqual([]);
});
