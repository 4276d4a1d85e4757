import type { LedgerRecord, SnapshotRecord, TaskRecord } from '../model/records';
import { departmentSummaries, ledgerSummaries, totalSummary } from './summary';
import { taskRows } from './task-rows';
import { indicatorRows, monthlyRows, type IndicatorInputs } from './indicator-rows';
import type { Snapshot } from './types';

export interface SnapshotInputs extends IndicatorInputs {
  ledgers: readonly LedgerRecord[];
  tasks: readonly TaskRecord[];
  today: string;
  soonDays: number;
}

/** Where every task and indicator stands on `today`: the content of every export format. */
export function buildSnapshot(input: SnapshotInputs): Snapshot {
  const tasks = taskRows(input.ledgers, input.tasks, input.today, input.soonDays);
  return {
    asOf: input.today,
    month: input.month,
    soonDays: input.soonDays,
    tasks,
    byLedger: ledgerSummaries(tasks),
    byDepartment: departmentSummaries(tasks),
    total: totalSummary(tasks),
    indicators: indicatorRows(input),
    monthly: monthlyRows(input),
  };
}

/** What the history keeps of a snapshot: enough to tell the next export what changed. */
export function toSnapshotRecord(snapshot: Snapshot, at: number): SnapshotRecord {
  const counts: Record<string, number> = {
    total: snapshot.tasks.length,
    done: 0,
    overdue: 0,
    'due-soon': 0,
    open: 0,
    undated: 0,
  };
  for (const row of snapshot.tasks) counts[row.status]++;
  return {
    at,
    asOf: snapshot.asOf,
    counts,
    doneTaskIds: snapshot.tasks.filter((r) => r.status === 'done').map((r) => r.id),
    overdueTaskIds: snapshot.tasks.filter((r) => r.status === 'overdue').map((r) => r.id),
    indicators: snapshot.indicators.map((r) => ({ id: r.id, unitId: r.unitId, value: r.value, status: r.status })),
  };
}
