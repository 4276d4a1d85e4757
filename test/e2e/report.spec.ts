import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReportForm } from '../../lib/report/form';
import { expect, readStore, test, watchConsole } from './fixtures';
import { addDays, localDay } from '../../lib/model/calendar';
import { nextOccurrence } from '../../lib/model/recurrence';
import { ledgerRow, taskRow } from './records';
import { writeRaw } from './reliability-data';

const LEDGER = 'e2e-report';

const task = (key: string, order: number, title: string, lead: string[], partners: string[]) =>
  taskRow(LEDGER, key, order, 1, { title, lead, partners, deadlineText: '2030年底前', due: '2030-12-31' });

test('dispatches a department form, takes it back filled by another program, and shows who reported', async ({
  openPage,
}) => {
  const page = await openPage('options.html#report');
  const errors = watchConsole(page);
  await expect
    .poll(async () => (await readStore(page, 'ledgers')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(6);
  const now = Date.now();
  await writeRaw(page, {
    ledgers: [ledgerRow(LEDGER, '报送测试台账', now)],
    tasks: [
      task('a', 1, '推进紧密型县域医共体建设', ['县卫健局'], ['县医保局']),
      task('b', 2, '深化医保支付方式改革', ['县医保局'], []),
      task('c', 3, '推进医保基金监管', ['县医保局'], []),
    ],
  });
  await page.reload();
  await page.getByRole('combobox', { name: /^台账/ }).selectOption(LEDGER);
  await expect(page.getByRole('button', { name: '下载县医保局的报送表' })).toBeVisible();

  const waiting = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载县医保局的报送表' }).click();
  const download = await waiting;
  const dir = mkdtempSync(join(tmpdir(), 'rl-e2e-report-'));
  const blank = join(dir, 'blank.xlsx');
  await download.saveAs(blank);
  const form = await readReportForm(new Uint8Array(readFileSync(blank)));
  expect(form).toMatchObject({ ledgerId: LEDGER, department: '县医保局' });
  // Saved under its name (department, ledger, period), not as "download".
  expect(download.suggestedFilename()).toBe(`县医保局_报送测试台账_${form.period.label}_报送表.xlsx`);
  expect(form.rows.map((r) => r.id)).toEqual([`${LEDGER}#b`, `${LEDGER}#c`, `${LEDGER}#a`]);

  // The department fills it in another program (openpyxl), as WPS or Excel would.
  const ops = join(dir, 'ops.json');
  writeFileSync(
    ops,
    JSON.stringify({
      fill: [
        { id: `${LEDGER}#b`, status: '已完成', progress: 'DRG 实际付费', doneOn: { text: '2026年11月20日' } },
        { id: `${LEDGER}#a`, status: '推进中', progress: '医保打包付费方案起草中' },
        { id: `${LEDGER}#c`, status: '推进中', progress: '专项检查进行中' },
      ],
    }),
  );
  const filled = join(dir, '县医保局.xlsx');
  execFileSync('/usr/bin/python3', ['test/report/fill_form.py', blank, filled, ops]);

  await page.locator('.rp-drop input[type=file]').setInputFiles({
    name: '县医保局.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: readFileSync(filled),
  });
  await expect(page.getByText('县医保局：3 项有变化，0 项未填写'), errors.join('\n')).toBeVisible();
  expect(await readStore(page, 'reports')).toEqual([]);
  await page.getByRole('button', { name: '确认导入（3 条报送）' }).click();
  await expect(page.getByText('已导入 3 条报送，更新 2 项任务的进展。')).toBeVisible();
  const reports = await readStore<{ department: string; status: string }>(page, 'reports');
  expect(reports.map((r) => [r.department, r.status]).sort()).toEqual([
    ['县医保局', '已完成'],
    ['县医保局', '推进中'],
    ['县医保局', '推进中'],
  ]);
  const tasks = await readStore<{ id: string; done: number; doneAt: string; progress: string }>(page, 'tasks');
  expect(tasks.find((t) => t.id === `${LEDGER}#b`)).toMatchObject({
    done: 1,
    doneAt: '2026-11-20',
    progress: 'DRG 实际付费',
  });

  const standing = page.locator('.rp-panel', { has: page.getByRole('heading', { name: /报送情况/ }) });
  await expect(standing.getByRole('row', { name: /县医保局/ })).toContainText('已报送');
  await expect(standing.getByRole('row', { name: /县卫健局/ })).toContainText('未报送');
  await expect(page.getByLabel('催报通知（可复制到政务微信或 OA）')).toHaveValue(/县卫健局（1项未报）尚未报送/);
  await expect(page.locator('.rp-chart canvas')).toBeVisible();
  // The chart as an image (its title names what it shows, the unit and the period).
  const pngWait = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载图表（PNG）' }).click();
  const png = await pngWait;
  // Named after what it shows (it used to come out as "download" when Chromium ran without a UTF-8 locale).
  expect(png.suggestedFilename()).toBe(`报送测试台账_${form.period.label}_各单位完成情况_已完成按时逾期_单位项.png`);
  const pngPath = join(dir, 'chart.png');
  await png.saveAs(pngPath);
  expect(readFileSync(pngPath).subarray(1, 4).toString()).toBe('PNG');
  await page.screenshot({ path: 'test-results/report-tab.png', fullPage: true });
  // The latest progress shows in the checklist.
  await page.goto(page.url().replace(/options\.html.*$/, 'sidepanel.html'));
  await expect(page.locator(`[data-task-id="${LEDGER}#c"]`).first()).toContainText('最新进展：专项检查进行中');
  expect(errors).toEqual([]);
});

test('a recurring duty ticked in the checklist completes this period only: the next one opens, the record stays, undo works', async ({
  openPage,
}) => {
  const page = await openPage('sidepanel.html');
  const errors = watchConsole(page);
  await expect
    .poll(async () => (await readStore(page, 'ledgers')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(6);
  const now = Date.now();
  const id = `${LEDGER}#monthly`;
  await writeRaw(page, {
    ledgers: [ledgerRow(LEDGER, '报送测试台账', now)],
    tasks: [
      {
        ...task('monthly', 1, '每月报送医保基金运行情况', ['县医保局'], []),
        deadlineText: '每月',
        deadlineKind: 'recurring',
        due: '',
      },
    ],
  });
  await page.reload();
  const today = localDay();
  const thisPeriod = nextOccurrence('每月', today)!;
  const nextPeriod = nextOccurrence('每月', addDays(thisPeriod, 1))!;
  const row = page.locator(`[data-task-id="${id}"]`).first();
  await expect(row.locator('time').first()).toHaveAttribute('datetime', thisPeriod);

  // Two clicks on the box before the row has moved on (a double click on a slow computer; dispatched in one go,
  // as the second click of Playwright's dblclick() lands on whatever took the row's place): one period only.
  await row.locator('input.cl-check').evaluate((box) => {
    for (const detail of [1, 1])
      box.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, detail }));
  });
  // Still open, now filed under next month's date, with this period's completion shown beside it.
  await expect(row.locator('time').first()).toHaveAttribute('datetime', nextPeriod);
  await expect(row.locator('input.cl-check')).not.toBeChecked();
  await expect(row).toContainText(`上一期（${thisPeriod}）已完成`);
  // Give a second write the time it would take to land (it used to move the row on to the month after).
  await page.waitForTimeout(1000);
  await expect(row.locator('time').first()).toHaveAttribute('datetime', nextPeriod);
  const stored = (
    await readStore<{ id: string; done: number; periodsDone: Array<{ due: string }> }>(page, 'tasks')
  ).find((t) => t.id === id)!;
  expect(stored.done).toBe(0);
  expect(stored.periodsDone.map((p) => p.due)).toEqual([thisPeriod]);
  await row.getByRole('button', { name: /备注/ }).click();
  await expect(row.locator('.cl-timeline')).toContainText(`完成 ${thisPeriod} 这一期`);
  await page.screenshot({ path: 'test-results/recurring-period.png' });

  await page.locator('.cl-undo-btn').click();
  await expect(row.locator('time').first()).toHaveAttribute('datetime', thisPeriod);
  await expect(row.locator('.cl-timeline')).toContainText(`撤销 ${thisPeriod} 这一期的完成`);
  expect(errors).toEqual([]);
});
