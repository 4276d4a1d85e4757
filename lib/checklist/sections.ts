import type { TaskRecord } from '../model/records';
import { BUCKETS, bucketOf, type BucketId } from '../model/due-status';
import { effectiveDue, isRecurring } from '../model/effective-due';
import { DEFAULT_OVERDUE_ORDER, type OverdueOrder } from './period';

export interface ChecklistRow {
  task: TaskRecord;
  /** Effective due date: the task's own, or a recurring task's next occurrence; '' = none. */
  due: string | '';
  recurring: boolean;
}

export interface ChecklistSection {
  id: BucketId;
  /** All matching tasks in the section, including rows not loaded. */
  count: number;
  /** The first rows, at most the section's limit. */
  rows: ChecklistRow[];
}

export type ChecklistSections = Record<BucketId, ChecklistSection>;
export type SectionLimits = Record<BucketId, number>;

export function toRow(task: TaskRecord, today: string): ChecklistRow {
  return { task, due: effectiveDue(task, today), recurring: isRecurring(task) };
}

function byDue(a: ChecklistRow, b: ChecklistRow): number {
  if (a.due !== b.due) return a.due < b.due ? -1 : 1;
  if (a.task.ledgerId !== b.task.ledgerId) return a.task.ledgerId < b.task.ledgerId ? -1 : 1;
  return a.task.order - b.task.order;
}

// Most recently finished first, so a task just checked off is at the top of 已完成.
function byDoneAt(a: ChecklistRow, b: ChecklistRow): number {
  const x = a.task.doneAt ?? '';
  const y = b.task.doneAt ?? '';
  return x === y ? byDue(a, b) : x < y ? 1 : -1;
}

// Most recently overdue first: what slipped last week matters more than a 2016 duty long overtaken.
function byDueLatestFirst(a: ChecklistRow, b: ChecklistRow): number {
  return a.due === b.due ? byDue(a, b) : a.due < b.due ? 1 : -1;
}

/** Rows of one section in their order; 已逾期 most recently overdue first, or most overdue first when asked. */
export function sortSection(
  id: BucketId,
  rows: ChecklistRow[],
  overdueOrder: OverdueOrder = DEFAULT_OVERDUE_ORDER,
): ChecklistRow[] {
  const overdue = overdueOrder === 'oldest' ? byDue : byDueLatestFirst;
  return [...rows].sort(id === 'done' ? byDoneAt : id === 'overdue' ? overdue : byDue);
}

export function emptySections(): ChecklistSections {
  return Object.fromEntries(BUCKETS.map((id) => [id, { id, count: 0, rows: [] }])) as unknown as ChecklistSections;
}

export function sectionOf(row: ChecklistRow, today: string): BucketId {
  return bucketOf(row.due, row.task.done === 1, today);
}

/**
 * Files extra rows into sections that already hold the first rows of an index query: counts grow, rows are
 * re-sorted and cut to the limit again. With no prior rows it groups a whole candidate set.
 */
export function addRows(
  sections: ChecklistSections,
  rows: ChecklistRow[],
  today: string,
  limits: SectionLimits,
  overdueOrder: OverdueOrder = DEFAULT_OVERDUE_ORDER,
): ChecklistSections {
  const extra = new Map<BucketId, ChecklistRow[]>();
  for (const row of rows) {
    const id = sectionOf(row, today);
    const list = extra.get(id);
    if (list) list.push(row);
    else extra.set(id, [row]);
  }
  const next = { ...sections };
  for (const [id, added] of extra) {
    const current = sections[id];
    next[id] = {
      id,
      count: current.count + added.length,
      rows: sortSection(id, [...current.rows, ...added], overdueOrder).slice(0, limits[id]),
    };
  }
  return next;
}

export function groupRows(
  tasks: TaskRecord[],
  today: string,
  limits: SectionLimits,
  overdueOrder: OverdueOrder = DEFAULT_OVERDUE_ORDER,
): ChecklistSections {
  return addRows(
    emptySections(),
    tasks.map((t) => toRow(t, today)),
    today,
    limits,
    overdueOrder,
  );
}
