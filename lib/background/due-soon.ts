import type { ReformDb } from '../db/database';
import type { TaskRecord } from '../model/records';
import { departmentCandidates, dueRange, expandFilters, readFilters, undatedOpen } from '../db/checklist-queries';
import type { BadgeCounts } from '../checklist/badge';
import { addDays } from '../model/calendar';
import { isRecurring } from '../model/effective-due';
import { matchesDepartments } from '../checklist/filters';
import { toRow, type ChecklistRow } from '../checklist/sections';
import { yearStart } from '../checklist/period';

export interface DueSoon {
  counts: BadgeCounts;
  /** Up to `lineLimit` rows to name: due soon (soonest first), then the most recently overdue. */
  rows: ChecklistRow[];
}

export interface DueSoonQuery {
  today: string;
  days: number;
  /** Every spelling of my departments (see myDepartments); [] = all tasks. */
  departments: string[];
  /** Count only the tasks my departments lead, not those they partner in. */
  hidePartners?: boolean;
  lineLimit: number;
}

/** The stored "my departments" choice as the badge and the reminder apply it: aliases resolved, partners or not. */
export async function myDepartments(db: ReformDb): Promise<Pick<DueSoonQuery, 'departments' | 'hidePartners'>> {
  const filters = await expandFilters(db, await readFilters(db));
  return { departments: filters.departments, hidePartners: filters.hidePartners === true };
}

/**
 * What the badge and the reminder report: open tasks overdue this year or due within `days` days, limited to
 * "my departments" (leading, and partnering unless hidden) when the user picked any. Earlier years' open tasks are
 * history (the checklist shows them one click away): they never count, or a years-old document would keep the badge
 * red for good.
 */
export async function dueSoon(db: ReformDb, query: DueSoonQuery): Promise<DueSoon> {
  const { today, days, departments, lineLimit } = query;
  const hidePartners = query.hidePartners === true;
  const yesterday = addDays(today, -1);
  const since = yearStart(today);
  const end = addDays(today, days);
  const mine = (t: TaskRecord) => matchesDepartments(t, departments, hidePartners);
  const recurringRows = (
    await undatedOpen(db)
      .and((t) => isRecurring(t) && mine(t))
      .toArray()
  )
    .map((t) => toRow(t, today))
    .filter((r) => r.due !== '' && r.due <= end);

  let overdue: number;
  let soon: number;
  let soonRows: ChecklistRow[];
  let overdueRows: ChecklistRow[];
  if (departments.length > 0) {
    const open = (await departmentCandidates(db, departments, hidePartners)!.toArray())
      .filter((t) => t.done === 0 && t.archived === 0 && t.due >= since && t.due <= end)
      .map((t) => toRow(t, today));
    const late = open.filter((r) => r.due <= yesterday);
    overdue = late.length;
    soon = open.length - late.length;
    soonRows = open.filter((r) => r.due > yesterday);
    overdueRows = late.sort((a, b) => (a.due < b.due ? 1 : -1)).slice(0, lineLimit);
  } else {
    [overdue, soon, soonRows, overdueRows] = await Promise.all([
      dueRange(db, 0, since, yesterday).count(),
      dueRange(db, 0, today, end).count(),
      dueRange(db, 0, today, end)
        .limit(lineLimit)
        .toArray()
        .then((ts) => ts.map((t) => toRow(t, today))),
      dueRange(db, 0, since, yesterday)
        // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse: most recently overdue first
        .reverse()
        .limit(lineLimit)
        .toArray()
        .then((ts) => ts.map((t) => toRow(t, today))),
    ]);
  }
  const upcoming = [...soonRows, ...recurringRows].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return {
    counts: { overdue, soon: soon + recurringRows.length },
    rows: [...upcoming, ...overdueRows].slice(0, lineLimit),
  };
}
