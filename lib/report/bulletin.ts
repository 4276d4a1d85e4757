import { z } from '../z';
import { fileName } from '../model/file-name';
import type { ReportPeriod } from './form-types';
import { periodReports, standings, taskState } from './standing';
import type { ReportEntry, ReportLedger, ReportTask } from './types';

/**
 * A 通报 for one period: the per-department table, overdue items, what changed since the last issued
 * bulletin, and indicator progress with the raw monthly figures beside the rates. Its data is what the
 * bulletins table keeps, so "since last" compares with what was issued, not with the last export click.
 */

const bulletinIndicator = z.object({
  name: z.string(),
  unit: z.string(),
  target: z.string(),
  /** Latest value as shown on screen (already rounded by the indicator display), null when not computable. */
  value: z.number().nullable(),
  status: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      value: z.number().nullable(),
      /** Raw figures behind the rate, e.g. 签约人数 / 常住人口. */
      figures: z.array(z.object({ label: z.string(), value: z.number().nullable() })),
    }),
  ),
});
export type BulletinIndicator = z.infer<typeof bulletinIndicator>;

export const bulletinData = z.object({
  version: z.literal(1),
  ledgerTitle: z.string(),
  period: z.object({ label: z.string(), start: z.string(), end: z.string() }),
  asOf: z.string(),
  departments: z.array(
    z.object({
      department: z.string(),
      tasks: z.number(),
      done: z.number(),
      onTime: z.number(),
      overdue: z.number(),
      notReported: z.number(),
      reported: z.boolean(),
    }),
  ),
  tasks: z.array(
    z.object({
      id: z.string(),
      seq: z.string().nullable(),
      title: z.string(),
      lead: z.string(),
      due: z.string().nullable(),
      state: z.enum(['done', 'overdue', 'open']),
      status: z.string().nullable(),
      progress: z.string(),
    }),
  ),
  indicators: z.array(bulletinIndicator),
});
export type BulletinData = z.infer<typeof bulletinData>;
export type BulletinTask = BulletinData['tasks'][number];

export interface BulletinInput {
  ledger: ReportLedger;
  period: ReportPeriod;
  tasks: readonly ReportTask[];
  reports: readonly ReportEntry[];
  indicators: BulletinIndicator[];
  today: string;
}

export function buildBulletin(input: BulletinInput): BulletinData {
  const current = periodReports(input.reports, input.period);
  const tasks = input.tasks.map((t): BulletinTask => {
    const state = taskState(t, current, input.period, input.today);
    const leadReport = state.lead;
    return {
      id: t.id,
      seq: t.seq,
      title: t.title,
      lead: t.lead.join('、'),
      due: t.due || null,
      state: state.doneOn ? 'done' : state.overdue ? 'overdue' : 'open',
      status: leadReport?.status ?? null,
      progress: leadReport?.progress || t.progress || '',
    };
  });
  return {
    version: 1,
    ledgerTitle: input.ledger.title,
    period: { label: input.period.label, start: input.period.start, end: input.period.end },
    asOf: input.today,
    departments: standings(input.tasks, input.reports, input.period, input.today).map(
      ({ department, tasks: n, done, onTime, overdue, notReported, reported }) => ({
        department,
        tasks: n,
        done,
        onTime,
        overdue,
        notReported,
        reported,
      }),
    ),
    tasks,
    indicators: input.indicators,
  };
}

export interface BulletinChanges {
  newlyDone: BulletinTask[];
  newlyOverdue: BulletinTask[];
  /** Overdue before, no longer overdue (done or back on track). */
  recovered: BulletinTask[];
  added: BulletinTask[];
  indicators: Array<{ name: string; unit: string; from: number | null; to: number | null }>;
}

/** What changed from bulletin `before` to bulletin `after` (the last issued one and this one, or any two). */
export function compareBulletins(before: BulletinData | null, after: BulletinData): BulletinChanges {
  const old = new Map((before?.tasks ?? []).map((t) => [t.id, t]));
  const changes: BulletinChanges = { newlyDone: [], newlyOverdue: [], recovered: [], added: [], indicators: [] };
  if (!before) return changes;
  for (const t of after.tasks) {
    const was = old.get(t.id);
    if (!was) changes.added.push(t);
    else if (t.state === 'done' && was.state !== 'done') changes.newlyDone.push(t);
    else if (t.state === 'overdue' && was.state !== 'overdue') changes.newlyOverdue.push(t);
    else if (was.state === 'overdue' && t.state === 'open') changes.recovered.push(t);
  }
  const oldIndicators = new Map(before.indicators.map((i) => [i.name, i]));
  for (const i of after.indicators) {
    const was = oldIndicators.get(i.name);
    if (was && was.value !== i.value)
      changes.indicators.push({ name: i.name, unit: i.unit, from: was.value, to: i.value });
  }
  return changes;
}

/** Done / on time / overdue as shares of a department's tasks, one decimal as on screen. */
export const share = (part: number, whole: number): number => (whole ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * The words on the bulletin's chart image and its file name, in Chinese like the rest of the bulletin: what it
 * shows (各单位已完成/按时完成/逾期), the unit counted (项) and the period, so a pasted image explains itself.
 */
export function bulletinChartText(d: Pick<BulletinData, 'ledgerTitle' | 'period' | 'asOf'>) {
  return {
    title: `${d.ledgerTitle} ${d.period.label} 各单位任务完成情况（已完成 / 按时完成 / 逾期）`,
    subtitle: `单位：项　统计周期：${d.period.start} 至 ${d.period.end}　截至 ${d.asOf}`,
    axis: '任务数（项）',
    series: { done: '已完成', onTime: '按时完成', overdue: '逾期' },
    fileName: fileName([d.ledgerTitle, d.period.label, '各单位完成情况_已完成按时逾期_单位项'], 'png'),
  };
}
