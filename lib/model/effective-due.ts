import type { TaskRecord } from './records';
import { nextOccurrence } from './recurrence';

export function isRecurring(task: Pick<TaskRecord, 'deadlineKind' | 'due'>): boolean {
  return task.deadlineKind === 'recurring' && task.due === '';
}

/**
 * The date the checklist files a task under: its own due date, or for a recurring task ("每季度末") the next
 * occurrence on or after today; '' when there is none.
 */
export function effectiveDue(
  task: Pick<TaskRecord, 'deadlineKind' | 'due' | 'deadlineText'>,
  today: string,
): string | '' {
  if (!isRecurring(task)) return task.due;
  // nextOccurrence counts its own day: a duty due today is still due today.
  return nextOccurrence(task.deadlineText, today) ?? '';
}
