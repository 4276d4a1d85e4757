import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReportForm } from '../../lib/report/form';
import { expect, launchExtension, readStore, test, watchConsole } from './fixtures';
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
  // The live row: the copy of the last look painted before it takes no clicks.
  const row = page.locator(`[data-view="live"] [data-task-id="${id}"]`).first();
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

test('a department fills its form in its own extension: what it typed survives closing the page, and the office reads the exported form back', async ({
  openPage,
}) => {
  // The office: dispatches 县医保局's package.
  const office = await openPage('options.html#report');
  const officeErrors = watchConsole(office);
  await expect
    .poll(async () => (await readStore(office, 'ledgers')).length, { timeout: 15_000 })
    .toBeGreaterThanOrEqual(6);
  await writeRaw(office, {
    ledgers: [ledgerRow(LEDGER, '报送测试台账', Date.now())],
    tasks: [
      task('a', 1, '推进紧密型县域医共体建设', ['县卫健局'], ['县医保局']),
      task('b', 2, '深化医保支付方式改革', ['县医保局'], []),
    ],
  });
  await office.reload();
  await office.getByRole('combobox', { name: /^台账/ }).selectOption(LEDGER);
  const pkgWait = office.waitForEvent('download');
  await office.getByRole('button', { name: '下载县医保局的数据包（给装有本扩展的单位）' }).click();
  const pkgFile = await pkgWait;
  const dir = mkdtempSync(join(tmpdir(), 'rl-e2e-department-'));
  const pkgPath = join(dir, 'package.json');
  await pkgFile.saveAs(pkgPath);

  // The department: its own browser and extension, the package imported as its ledger.
  const department = await launchExtension();
  try {
    const open = async () => {
      const page = await department.context.newPage();
      await page.goto(`chrome-extension://${department.extensionId}/options.html#report`);
      await expect
        .poll(async () => (await readStore(page, 'ledgers')).length, { timeout: 15_000 })
        .toBeGreaterThanOrEqual(6);
      return page;
    };
    let page = await open();
    const errors = watchConsole(page);
    // A department that took none of the bundled documents: the package brings its first current ledger, and the
    // tab grows around the import, whose message must stay.
    const bundled = await readStore<{ archived: number }>(page, 'ledgers');
    await writeRaw(page, { ledgers: bundled.map((l) => ({ ...l, archived: 1 })) });
    await expect(page.getByText('还没有台账。')).toBeVisible();
    await page.getByText('导入医改办下发的数据包（成员单位用）').click();
    await page.getByLabel('导入医改办下发的数据包（成员单位用）').setInputFiles(pkgPath);
    await page.getByRole('button', { name: '导入为本单位台账' }).click();
    await expect(page.getByText(/已导入|导入了/).first()).toBeVisible();
    await page.getByRole('combobox', { name: /^台账/ }).selectOption(LEDGER);
    const row = (p: typeof page, key: string) => p.locator(`.rp-own-row[data-task-id="${LEDGER}#${key}"]`);
    await expect(page.getByRole('heading', { name: /本单位填报：县医保局/ })).toBeVisible();

    // Typed, not saved; the page is closed.
    await row(page, 'b').getByLabel('完成状态').selectOption('已完成');
    await row(page, 'b').getByLabel('完成日期').fill('2026-11-20');
    await row(page, 'b').getByLabel('进展情况').fill('全县按 DRG 实际付费');
    await row(page, 'b')
      .getByLabel(/佐证材料/)
      .fill('县医保发〔2026〕15号');
    await row(page, 'a').getByLabel('进展情况').fill('打包付费方案已报县政府');
    await expect(row(page, 'b')).toContainText('草稿，尚未保存');
    await expect
      .poll(
        async () =>
          (await readStore<{ key: string }>(page, 'settings')).filter((s) => s.key.startsWith('report.ownDraft:'))
            .length,
      )
      .toBe(2);
    expect(errors).toEqual([]);
    await page.close();

    // Opened again: the draft is there, marked as not saved; nothing was reported yet.
    page = await open();
    const errorsAgain = watchConsole(page);
    await page.getByRole('combobox', { name: /^台账/ }).selectOption(LEDGER);
    await expect(row(page, 'b').getByLabel('进展情况')).toHaveValue('全县按 DRG 实际付费');
    await expect(row(page, 'b').getByLabel('完成状态')).toHaveValue('已完成');
    await expect(row(page, 'b').getByLabel('完成日期')).toHaveValue('2026-11-20');
    await expect(row(page, 'b').getByLabel(/佐证材料/)).toHaveValue('县医保发〔2026〕15号');
    await expect(row(page, 'a').getByLabel('进展情况')).toHaveValue('打包付费方案已报县政府');
    await expect(row(page, 'b')).toContainText('草稿，尚未保存');
    expect(await readStore(page, 'reports')).toEqual([]);
    await page.screenshot({ path: 'test-results/department-draft.png', fullPage: true });

    // Saved: the draft makes way for the report.
    for (const key of ['b', 'a']) {
      await row(page, key).getByRole('button', { name: '保存' }).click();
      await expect(row(page, key)).toContainText('已保存');
      await expect(row(page, key)).not.toContainText('草稿');
    }
    expect(
      (await readStore<{ key: string }>(page, 'settings')).filter((s) => s.key.startsWith('report.ownDraft:')),
    ).toEqual([]);
    const formWait = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出填好的报送表（.xlsx）' }).click();
    const filledFile = await formWait;
    expect(filledFile.suggestedFilename()).toMatch(/^县医保局_报送测试台账_.+_报送表（已填）\.xlsx$/);
    const filledPath = join(dir, filledFile.suggestedFilename());
    await filledFile.saveAs(filledPath);
    expect(errorsAgain).toEqual([]);

    // Back at the office: the returned form is read, previewed and taken in.
    await office.locator('.rp-drop input[type=file]').setInputFiles(filledPath);
    await expect(office.getByText(/县医保局：2 项有变化/), officeErrors.join('\n')).toBeVisible();
    await office.getByRole('button', { name: '确认导入（2 条报送）' }).click();
    await expect(office.getByText(/已导入 2 条报送/)).toBeVisible();
    const reports = await readStore<{
      taskId: string;
      department: string;
      status: string;
      progress: string;
      doneOn: string | null;
      evidence: string;
    }>(office, 'reports');
    expect(reports.map((r) => [r.taskId, r.department, r.status, r.progress, r.doneOn, r.evidence]).sort()).toEqual([
      [`${LEDGER}#a`, '县医保局', null, '打包付费方案已报县政府', null, ''],
      [`${LEDGER}#b`, '县医保局', '已完成', '全县按 DRG 实际付费', '2026-11-20', '县医保发〔2026〕15号'],
    ]);
    const tasks = await readStore<{ id: string; done: number; doneAt: string }>(office, 'tasks');
    expect(tasks.find((t) => t.id === `${LEDGER}#b`)).toMatchObject({ done: 1, doneAt: '2026-11-20' });
    expect(officeErrors).toEqual([]);
  } finally {
    await department.context.close();
  }
});
