import { addDays } from './calendar';
import type { TaskRecord } from './records';
import { nextRuleDate } from './recurrence-dates';

type DueFields = Pick<TaskRecord, 'deadlineKind' | 'due' | 'deadlineText' | 'periodsDone'>;

// A year of daily duties ticked ahead is the most a search has to step over.
const MAX_STEPS = 400;

export function isRecurring(task: Pick<TaskRecord, 'deadlineKind' | 'due'>): boolean {
  return task.deadlineKind === 'recurring' && task.due === '';
}

/**
 * The open occurrence of a recurring duty: the first one on or after `today` whose period is not ticked done yet
 * ('' when the text gives no dates). Ticking November's 每月 duty moves it to December's. The task's own kind says
 * it repeats (set from its text when it was saved), so the text is not classified again here.
 */
export function currentOccurrence(task: DueFields, today: string): string | '' {
  const done = new Set((task.periodsDone ?? []).map((p) => p.due));
  let from = today;
  for (let i = 0; i < MAX_STEPS; i++) {
    const due = nextRuleDate(task.deadlineText, from);
    if (due === null) return '';
    if (!done.has(due)) return due;
    from = addDays(due, 1);
  }
  return '';
}

/** The most recently completed period of a recurring duty, if any. */
export function lastPeriodDone(
  task: Pick<TaskRecord, 'periodsDone'>,
): NonNullable<TaskRecord['periodsDone']>[number] | null {
  const list = task.periodsDone ?? [];
  return list.length ? list.reduce((a, b) => (b.at >= a.at ? b : a)) : null;
}

/**
 * The date the checklist files a task under: its own due date, or for a recurring task ("每季度末") its open
 * occurrence on or after today; '' when there is none.
 */
export function effectiveDue(task: DueFields, today: string): string | '' {
  if (!isRecurring(task)) return task.due;
  // The rule's dates count their own day: a duty due today is still due today.
  return currentOccurrence(task, today);
}
