import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { expect, readStore, test, watchConsole } from './fixtures';
import { localToday } from '../checklist/e2e/helpers';
import { ledgerRow, taskRow } from './records';
import { writeRaw } from './reliability-data';

type Task = {
  id: string;
  ledgerId: string;
  seq: string | null;
  title: string;
  lead: string[];
  partners: string[];
  deadlineText: string;
  deadlineKind: string;
  due: string;
  done: 0 | 1;
  doneAt: string | null;
  notes: Array<{ at: number; text: string }>;
};
type Target = { op: '>=' | '<=' | 'between'; value?: number; min?: number; max?: number; by: string | null };
type Def = {
  id: string;
  name: string;
  inputs: Array<{ key: string }>;
  numerator: { plus: string[] };
  denominator: { plus: string[] } | null;
  factor: number;
  targets: Target[];
};

const CATALOG = JSON.parse(readFileSync('seeds/indicators.json', 'utf8')) as Def[];
const LEDGER = 'e2e-export';
const MONTH = '2021-02';
// Two townships under a county; the county's figures are their sums.
const FIGURES: Array<[string, string, Record<string, number>]> = [
  ['e2e-t1', '2021-01', { signed: 300, population: 1000, managed: 200 }],
  ['e2e-t2', '2021-01', { signed: 100, population: 1000, managed: 100 }],
  ['e2e-t1', '2021-02', { signed: 600, population: 1000, managed: 400 }],
  ['e2e-t2', '2021-02', { signed: 500, population: 1000, managed: 300 }],
];

function task(key: string, order: number, extra: Partial<Task>) {
  return taskRow(LEDGER, key, order, 1, { lead: ['县卫健局'], partners: ['县医保局'], ...extra });
}

async function seed(page: Page) {
  const now = Date.now();
  await writeRaw(page, {
    ledgers: [ledgerRow(LEDGER, '导出测试台账', now)],
    tasks: [
      task('=1+1', 1, { title: '=1+1', due: '2019-06-30', notes: [{ at: now, text: '@SUM(A1) 已上报' }] }),
      task('done', 2, {
        title: '制定医共体章程',
        due: '2018-12-31',
        done: 1,
        doneAt: '2018-12-20',
        lead: ['县卫健局', '县医保局'],
      }),
      task('open', 3, { title: '长期推进分级诊疗', deadlineText: '长期坚持', deadlineKind: 'open' }),
      task('later', 4, { title: '年内完成信息平台建设', due: '2021-06-30' }),
    ],
    units: [
      { id: 'e2e-county', name: '测试县', parentId: null, createdAt: 1 },
      { id: 'e2e-t1', name: '甲镇', parentId: 'e2e-county', createdAt: 2 },
      { id: 'e2e-t2', name: '乙镇', parentId: 'e2e-county', createdAt: 3 },
    ],
    figures: FIGURES.map(([unitId, month, values]) => ({
      id: `${unitId}|${month}`,
      unitId,
      month,
      values,
      history: [],
      updatedAt: now,
    })),
  });
}

async function download(page: Page, button: string): Promise<Download> {
  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return waiting;
}

async function readBook(d: Download) {
  const sheets = await readXlsxFile(readFileSync((await d.path())!));
  return Object.fromEntries(sheets.map((s) => [s.sheet, s.data]));
}

const utcDay = (iso: string) => new Date(`${iso}T00:00:00Z`);
const STATUS = { done: '已完成', overdue: '逾期', soon: '即将到期', open: '进行中', undated: '未定期限' };

function expectedStatus(t: Task, due: Date | null, today: string): string {
  if (t.done === 1) return STATUS.done;
  if (!due) return STATUS.undated;
  const days = (due.getTime() - utcDay(today).getTime()) / 86_400_000;
  return days < 0 ? STATUS.overdue : days <= 7 ? STATUS.soon : STATUS.open;
}

/** The county's figure: the townships' sum, or null when some township lacks it. */
function countySum(key: string, month: string): number | null {
  const vals = FIGURES.filter(([, m]) => m === month).map(([, , v]) => v[key]);
  return vals.some((v) => v === undefined) ? null : vals.reduce((a, b) => a + b, 0);
}

const total = (xs: Array<number | null>) => xs.reduce<number>((a, b) => a + b!, 0);

/** The county's value, computed here from the raw figures, not by the extension's code. */
function countyValue(def: Def, month: string): number | null {
  const num = def.numerator.plus.map((k) => countySum(k, month));
  const den = def.denominator?.plus.map((k) => countySum(k, month)) ?? [];
  if ([...num, ...den].some((v) => v === null)) return null;
  return (total(num) / total(den)) * def.factor;
}

test('exports an .xlsx whose every task and indicator value matches the database, a safe CSV, a chart and a print view', async ({
  openPage,
  context,
}) => {
  const page = await openPage('options.html#export');
  const errors = watchConsole(page);
  await expect(page.getByRole('heading', { name: '进展快照导出' })).toBeVisible();
  // The bundled ledgers are written by the service worker on install; wait until they are in.
  await expect
    .poll(async () => (await readStore(page, 'ledgers')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(6);
  await seed(page);
  await page.reload();
  await expect(page.getByRole('checkbox', { name: '测试县' })).toBeChecked();
  await expect(page.getByLabel('指标月份')).toHaveValue(MONTH);
  await expect(page.getByText('还没有导出过')).toBeVisible();
  await expect(page.locator('tr[data-indicator="signing-coverage"]')).toContainText('55.00%');

  const today = await localToday(page);
  const book = await readBook(await download(page, '导出 Excel（.xlsx）'));
  expect(Object.keys(book)).toEqual(['汇总', '任务', '指标', '月度数据']);

  // 任务: one row per task in the database, every column compared.
  const [taskHeader, ...taskRows] = book['任务'];
  expect(taskHeader).toEqual([
    '台账',
    '序号',
    '任务',
    '牵头部门',
    '配合部门',
    '完成时限（原文）',
    '截止日期',
    '状态',
    '完成日期',
    '备注',
    '任务编号',
  ]);
  const tasks = await readStore<Task>(page, 'tasks');
  const ledgers = new Map(
    (await readStore<{ id: string; title: string }>(page, 'ledgers')).map((l) => [l.id, l.title]),
  );
  expect(taskRows).toHaveLength(tasks.length);
  const byId = new Map(taskRows.map((r) => [r[10], r]));
  for (const t of tasks) {
    const row = byId.get(t.id)!;
    expect(row, t.id).toBeDefined();
    const recurringDue = t.deadlineKind === 'recurring' && t.due === '';
    const due = recurringDue ? (row[6] as Date | null) : t.due ? utcDay(t.due) : null;
    if (recurringDue && due) expect(due.getTime()).toBeGreaterThanOrEqual(utcDay(today).getTime());
    const notes = t.notes
      .map((n) => n.text.trim())
      .filter(Boolean)
      .join('\n');
    expect(row, t.id).toEqual([
      ledgers.get(t.ledgerId),
      t.seq || null,
      t.title,
      t.lead.join('、') || null,
      t.partners.join('、') || null,
      t.deadlineText || null,
      due,
      expectedStatus(t, due, today),
      t.doneAt ? utcDay(t.doneAt) : null,
      notes || null,
      t.id,
    ]);
  }
  // A formula-looking title and note come back as text.
  expect(byId.get(`${LEDGER}#=1+1`)?.[2]).toBe('=1+1');
  expect(byId.get(`${LEDGER}#=1+1`)?.[9]).toBe('@SUM(A1) 已上报');

  // 指标: every catalog indicator for the county at the month, values computed here from the raw figures.
  const [indHeader, ...indRows] = book['指标'];
  expect(indHeader.slice(0, 10)).toEqual([
    '单位',
    '指标',
    '计量单位',
    '月份',
    '数值',
    '目标',
    '差距',
    '状态',
    '较上月',
    '较上次导出',
  ]);
  expect(indRows.map((r) => r[10])).toEqual(CATALOG.map((d) => d.id));
  for (const [i, def] of CATALOG.entries()) {
    const row = indRows[i];
    const value = countyValue(def, MONTH);
    const prev = countyValue(def, '2021-01');
    expect(row.slice(0, 4)).toEqual(['测试县', def.name, expect.any(String), MONTH]);
    expect(row[9]).toBeNull();
    if (value === null) {
      expect(row[4], def.id).toBeNull();
      expect(row[6]).toBeNull();
      expect(row[7]).toBe('无数据');
      continue;
    }
    const target =
      [...def.targets]
        .sort((a, b) => (a.by ?? '9').localeCompare(b.by ?? '9'))
        .find((t) => t.by === null || t.by >= MONTH) ?? def.targets.at(-1)!;
    expect(row[4] as number, def.id).toBeCloseTo(value, 9);
    expect(row[6] as number).toBeCloseTo(value - target.value!, 9);
    expect(row[7]).toBe((target.op === '>=' ? value >= target.value! : value <= target.value!) ? '达标' : '未达标');
    expect(row[8] as number).toBeCloseTo(value - prev!, 9);
  }
  expect(indRows.find((r) => r[10] === 'signing-coverage')?.slice(4, 8)).toEqual([55, '≥ 50%', 5, '达标']);

  // The export is recorded; marking a task done then shows up as a change since the last export.
  await expect(page.getByText(/上次导出：/)).toBeVisible();
  const later = tasks.find((t) => t.id === `${LEDGER}#later`)!;
  await writeRaw(page, { tasks: [{ ...later, done: 1, doneAt: today }] });
  await page.reload();
  await expect(page.locator('[data-change="done"]')).toHaveText('新完成 1 项');
  await expect(page.getByText('年内完成信息平台建设（导出测试台账）')).toBeVisible();
  const second = await readBook(await download(page, '导出 Excel（.xlsx）'));
  expect(second['汇总'].map((r) => r.filter((c) => c !== null))).toContainEqual(['新完成', 1]);
  await expect.poll(async () => (await readStore(page, 'snapshots')).length).toBe(2);

  // CSV: UTF-8 with a BOM, formula-looking text prefixed so Excel does not evaluate it.
  const csv = readFileSync((await (await download(page, '任务表 CSV')).path())!);
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  expect(text).toContain(`导出测试台账,1,'=1+1,`);
  expect(text).toContain('任务编号');

  // Chart PNG of the county's signing coverage.
  await page.getByLabel('指标', { exact: true }).selectOption('signing-coverage');
  const png = readFileSync((await (await download(page, '保存图表（.png）')).path())!);
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(10_000);

  // Print view: the report alone on A4, the options header hidden.
  await page.getByRole('button', { name: '打印 / 存为 PDF' }).click();
  await expect(page.getByRole('heading', { name: '医改工作进展快照' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.options-header')).toBeHidden();
  await expect(page.getByRole('button', { name: '打印', exact: true })).toBeHidden();
  await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
  await page.evaluate(() => scrollTo(0, 0));
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: '返回' }).click();

  // The popup links to this tab.
  const popup = await openPage('popup.html');
  const opened = context.waitForEvent('page');
  await popup.getByRole('button', { name: '导出报表' }).click();
  await expect(await opened).toHaveURL(/options\.html#export$/);
  expect(errors).toEqual([]);
});
