import type { SnapshotRecord } from '../model/records';
import { nearlyEqual } from '../model/indicator/targets';

type Recorded = Pick<SnapshotRecord, 'doneTaskIds' | 'overdueTaskIds' | 'indicators'>;

export interface IndicatorMove {
  id: string;
  unitId: string;
  from: number | null;
  to: number | null;
  statusFrom: string;
  statusTo: string;
}

export interface SnapshotDiff {
  newlyDone: string[];
  newlyOverdue: string[];
  moved: IndicatorMove[];
}

/** The met/unmet tolerance, so a value recomputed from the same figures does not count as moved. */
const same = (a: number | null, b: number | null) => a === b || (a !== null && b !== null && nearlyEqual(a, b));

/**
 * What changed from the last recorded export to now. With no earlier export nothing counts as changed: the
 * first report has nothing to compare with. An indicator new since the last export is not a move.
 */
export function diffSnapshots(last: Recorded | null, now: Recorded): SnapshotDiff {
  if (!last) return { newlyDone: [], newlyOverdue: [], moved: [] };
  const wasDone = new Set(last.doneTaskIds);
  const wasOverdue = new Set(last.overdueTaskIds);
  const before = new Map(last.indicators.map((i) => [`${i.unitId}|${i.id}`, i]));
  const moved: IndicatorMove[] = [];
  for (const i of now.indicators) {
    const old = before.get(`${i.unitId}|${i.id}`);
    if (!old || (same(old.value, i.value) && old.status === i.status)) continue;
    moved.push({
      id: i.id,
      unitId: i.unitId,
      from: old.value,
      to: i.value,
      statusFrom: old.status,
      statusTo: i.status,
    });
  }
  return {
    newlyDone: now.doneTaskIds.filter((id) => !wasDone.has(id)),
    newlyOverdue: now.overdueTaskIds.filter((id) => !wasOverdue.has(id)),
    moved,
  };
}
