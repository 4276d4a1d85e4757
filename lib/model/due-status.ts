import { addDays, daysBetween } from './calendar';

/** Checklist sections, in the order they are shown. */
export const BUCKETS = ['overdue', 'week', 'month', 'later', 'undated', 'done'] as const;
export type BucketId = (typeof BUCKETS)[number];

/** Sections whose members have a date; they are the ones a range query on [done+due] can answer. */
export const DATED_OPEN_BUCKETS = ['overdue', 'week', 'month', 'later'] as const;

export const WEEK_DAYS = 7;
export const MONTH_DAYS = 30;

/** Inclusive day ranges of the dated open sections; `to: null` = open-ended. */
export function bucketRanges(
  today: string,
): Record<(typeof DATED_OPEN_BUCKETS)[number], { from: string | null; to: string | null }> {
  return {
    overdue: { from: null, to: addDays(today, -1) },
    week: { from: today, to: addDays(today, WEEK_DAYS) },
    month: { from: addDays(today, WEEK_DAYS + 1), to: addDays(today, MONTH_DAYS) },
    later: { from: addDays(today, MONTH_DAYS + 1), to: null },
  };
}

/** Section of an open or done task whose effective due date is `due` ('' = no date). */
export function bucketOf(due: string | '', done: boolean, today: string): BucketId {
  if (done) return 'done';
  if (due === '') return 'undated';
  const days = daysBetween(today, due);
  if (days < 0) return 'overdue';
  if (days <= WEEK_DAYS) return 'week';
  if (days <= MONTH_DAYS) return 'month';
  return 'later';
}

export type DueStatus = { kind: 'overdue' | 'today' | 'left'; days: number };

/** "逾期 N 天" / "今天到期" / "还剩 N 天", as data so the UI picks the words. */
export function dueStatus(due: string, today: string): DueStatus {
  const days = daysBetween(today, due);
  if (days < 0) return { kind: 'overdue', days: -days };
  if (days === 0) return { kind: 'today', days: 0 };
  return { kind: 'left', days };
}
