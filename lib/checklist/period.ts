import { addDays } from '../model/calendar';
import { bucketRanges, type DATED_OPEN_BUCKETS } from '../model/due-status';

/**
 * This year's work and history. The popup and the side panel open on this year's work: tasks due this year (or
 * later), tasks without a date and recurring ones. History is one click away: the open tasks of earlier years,
 * which would otherwise bury this year's overdue tasks under years-old ones.
 */
export type ChecklistPeriod = 'current' | 'history';
export const PERIODS: readonly ChecklistPeriod[] = ['current', 'history'];

/** Overdue tasks sorted most recently overdue first (the default) or most overdue first; a stored setting. */
export type OverdueOrder = 'recent' | 'oldest';
export const OVERDUE_ORDERS: readonly OverdueOrder[] = ['recent', 'oldest'];
export const DEFAULT_OVERDUE_ORDER: OverdueOrder = 'recent';

export const isOverdueOrder = (value: unknown): value is OverdueOrder => value === 'recent' || value === 'oldest';

/** First day of today's year: tasks due before it are history. */
export const yearStart = (today: string): string => `${today.slice(0, 4)}-01-01`;

/** Whether a task, by its stored due date, belongs to the period ('' = undated or recurring: this year's work). */
export function inPeriod(task: { due: string }, period: ChecklistPeriod, today: string): boolean {
  const current = task.due === '' || task.due >= yearStart(today);
  return period === 'current' ? current : !current;
}

export type DatedBucket = (typeof DATED_OPEN_BUCKETS)[number];
export type DayRange = { from: string | null; to: string | null };

/**
 * The dated sections' day ranges within a period; null: the section is empty in it (history has only overdue
 * tasks). This year's 已逾期 starts on 1 January.
 */
export function periodRanges(today: string, period: ChecklistPeriod): Record<DatedBucket, DayRange | null> {
  const ranges = bucketRanges(today);
  const start = yearStart(today);
  if (period === 'history')
    return { overdue: { from: null, to: addDays(start, -1) }, week: null, month: null, later: null };
  return { ...ranges, overdue: { from: start, to: ranges.overdue.to } };
}

/** Done tasks of a period as ranges of their stored due date ('' = undated). */
export function doneRanges(today: string, period: ChecklistPeriod): DayRange[] {
  const start = yearStart(today);
  if (period === 'history') return [{ from: null, to: addDays(start, -1) }];
  return [
    { from: '', to: '' },
    { from: start, to: null },
  ];
}
