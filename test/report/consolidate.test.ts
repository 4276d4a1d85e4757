import { describe, expect, it } from 'vitest';
import { consolidate, type ConsolidateContext, type ReturnedFile } from '../../lib/report/consolidate';
import { readReportForm, writeReportForm, type ReportFormRow } from '../../lib/report/form';
import type { ReportEntry, ReportTask } from '../../lib/report/types';

const ledger = { id: 'L1', title: '某县2026年医改重点任务' };
const period = { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' };
const task = (
  id: string,
  title: string,
  lead: string[],
  partners: string[],
  extra: Partial<ReportTask> = {},
): ReportTask => ({
  id,
  ledgerId: 'L1',
  seq: null,
  title,
  lead,
  partners,
  deadlineText: '2026年底前',
  deadlineKind: 'date',
  due: '2026-12-31',
  done: 0,
  doneAt: null,
  progress: null,
  ...extra,
});
const tasks = [
  task('t1', '推进紧密型县域医共体建设', ['县卫健局'], ['县医保局', '县财政局']),
  task('t2', '深化DRG支付方式改革', ['县医保局'], ['县卫健局']),
  task('t3', '每月通报医保基金运行情况', ['县医保局'], [], {
    deadlineKind: 'recurring',
    deadlineText: '每月',
    due: '2026-11-30',
  }),
  task('t4', '落实财政投入政策', ['县财政局'], []),
];

let n = 0;
const ctx = (reports: ReportEntry[] = []): ConsolidateContext => ({
  ledger,
  period,
  tasks,
  reports,
  now: 1000,
  today: '2026-11-26',
  newId: () => `r${++n}`,
});

/** A real form written for a department, read back, then filled as the department would. */
async function returned(
  department: string,
  fill: Record<string, Partial<ReportFormRow>>,
  over: { ledgerId?: string; period?: typeof period } = {},
): Promise<ReturnedFile> {
  const mine = tasks.filter((t) => t.lead.includes(department) || t.partners.includes(department));
  const bytes = await writeReportForm({
    ledgerId: over.ledgerId ?? ledger.id,
    ledgerTitle: over.ledgerId ? '另一本台账' : ledger.title,
    department,
    period: over.period ?? period,
    tasks: mine.map((t) => ({
      id: t.id,
      seq: t.seq,
      title: t.title,
      role: t.lead.includes(department) ? 'lead' : 'partner',
      deadlineText: t.deadlineText,
      due: t.due || null,
      lastProgress: t.progress,
    })),
  });
  const form = await readReportForm(bytes);
  form.rows = form.rows.map((r) => ({ ...r, ...fill[r.id] }));
  return { name: `${department}.xlsx`, form };
}

describe('consolidate', () => {
  it('takes many files at once: one preview per department, one report per filled row, blank rows counted', async () => {
    const plan = consolidate(
      [
        await returned('县卫健局', { t1: { status: '推进中', progress: '已组建2个医共体' } }),
        await returned('县医保局', {
          t2: { status: '已完成', progress: 'DRG实际付费', doneOn: '2026-11-20' },
          t1: { status: '推进中', progress: '打包付费方案起草中' },
        }),
        await returned('县财政局', {}),
      ],
      ctx(),
    );
    expect(plan.files.every((f) => f.accepted)).toBe(true);
    expect(plan.departments.map((d) => [d.department, d.changes.length, d.blank])).toEqual([
      ['县卫健局', 1, 1],
      ['县医保局', 2, 1],
      ['县财政局', 0, 2],
    ]);
    expect(plan.reports.map((r) => [r.taskId, r.department, r.status, r.periodStart, r.via])).toEqual([
      ['t1', '县卫健局', '推进中', '2026-11-01', 'form'],
      ['t2', '县医保局', '已完成', '2026-11-01', 'form'],
      ['t1', '县医保局', '推进中', '2026-11-01', 'form'],
    ]);
    expect(plan.taskUpdates).toEqual([
      { taskId: 't1', progress: '已组建2个医共体', done: null },
      { taskId: 't2', progress: 'DRG实际付费', done: { doneAt: '2026-11-20' } },
    ]);
  });

  it('keeps both reports when a lead and a partner disagree; the lead governs the task', async () => {
    const plan = consolidate(
      [
        await returned('县医保局', { t1: { status: '已完成', progress: '医保部分已完成', doneOn: '2026-11-10' } }),
        await returned('县卫健局', { t1: { status: '滞后', progress: '牵头工作滞后' } }),
      ],
      ctx(),
    );
    expect(plan.reports.filter((r) => r.taskId === 't1').map((r) => [r.department, r.status])).toEqual([
      ['县医保局', '已完成'],
      ['县卫健局', '滞后'],
    ]);
    expect(plan.taskUpdates).toEqual([{ taskId: 't1', progress: '牵头工作滞后', done: null }]);
    expect(plan.conflicts).toEqual([
      {
        taskId: 't1',
        title: tasks[0].title,
        statuses: [
          { department: '县卫健局', role: 'lead', status: '滞后' },
          { department: '县医保局', role: 'partner', status: '已完成' },
        ],
      },
    ]);
  });

  it("does not close a recurring duty: its 已完成 is this period's record only", async () => {
    const plan = consolidate([await returned('县医保局', { t3: { status: '已完成', progress: '11月已通报' } })], ctx());
    expect(plan.reports).toHaveLength(1);
    expect(plan.taskUpdates).toEqual([{ taskId: 't3', progress: '11月已通报', done: null }]);
  });

  it('refuses a file of another ledger or another period with a clear message and takes nothing from it', async () => {
    const plan = consolidate(
      [
        await returned('县医保局', { t2: { status: '已完成' } }, { ledgerId: 'L2' }),
        await returned(
          '县卫健局',
          { t1: { status: '推进中' } },
          { period: { label: '2026年10月', start: '2026-10-01', end: '2026-10-31' } },
        ),
      ],
      ctx(),
    );
    expect(plan.files.map((f) => f.accepted)).toEqual([false, false]);
    expect(plan.files[0].message).toContain('另一本台账“另一本台账”');
    expect(plan.files[1].message).toContain('这是“2026年10月”的报送表，正在汇总的是“2026年11月”');
    expect(plan.reports).toEqual([]);
    expect(plan.taskUpdates).toEqual([]);
  });

  it('refuses a file that is not a form, with its reason', async () => {
    const form = await readReportForm(new Uint8Array([1, 2, 3, 4]));
    const plan = consolidate([{ name: 'x.docx', form }], ctx());
    expect(plan.files[0]).toMatchObject({ accepted: false, message: expect.stringContaining('不是 Excel 工作簿') });
  });

  it('matches a row that lost its 编号 by title, and skips rows for tasks the department does not hold', async () => {
    const file = await returned('县财政局', { t4: { status: '推进中', progress: '资金已拨付' } });
    const { id: _drop, ...row } = file.form.rows.find((r) => r.id === 't4')!;
    file.form.rows = file.form.rows
      .filter((r) => r.id !== 't4')
      .concat({ id: 't2', status: '已完成', progress: '越权填写', doneOn: null, evidence: '' });
    file.form.unmatched = [{ ...row, title: ' 落实财政投入政策 ', rowNumber: 3 }];
    const plan = consolidate([file], ctx());
    expect(plan.reports.map((r) => [r.taskId, r.progress])).toEqual([['t4', '资金已拨付']]);
    expect(plan.files[0].warnings.join('\n')).toMatch(/已按任务名称对应到“落实财政投入政策”/);
    expect(plan.files[0].warnings.join('\n')).toMatch(/县财政局不是“深化DRG支付方式改革”的牵头或配合单位/);
  });

  it('shows what changed against the record, and writes nothing for a file imported twice', async () => {
    const first = consolidate([await returned('县医保局', { t2: { status: '推进中', progress: '试运行' } })], ctx());
    const again = consolidate(
      [await returned('县医保局', { t2: { status: '推进中', progress: '试运行' } })],
      ctx(first.reports),
    );
    expect(again.departments[0].changes[0]).toMatchObject({ kind: 'same' });
    expect(again.reports).toEqual([]);
    const changed = consolidate(
      [await returned('县医保局', { t2: { status: '已完成', progress: '实际付费' } })],
      ctx(first.reports),
    );
    expect(changed.departments[0].changes[0]).toMatchObject({
      kind: 'changed',
      before: { status: '推进中' },
      after: { status: '已完成' },
    });
    expect(changed.taskUpdates[0].done).toEqual({ doneAt: '2026-11-26' });
  });
});
