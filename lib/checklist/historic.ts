import type { TaskRecord } from '../model/records';
import type { IsoDate } from '../model/days';

/**
 * A document is history when every date it sets has passed: its tasks open as 归档 (archived), out of the
 * checklist, badge and reminders. Tasks without a date (or recurring) decide nothing; a document with no dated
 * task at all is history once its year of issue is over.
 */
export function isPastDocument(
  tasks: ReadonlyArray<Pick<TaskRecord, 'due' | 'deadlineKind'>>,
  issued: IsoDate | null,
  today: IsoDate,
): boolean {
  const dated = tasks.filter((t) => t.due !== '' && t.deadlineKind !== 'recurring');
  if (dated.length > 0) return dated.every((t) => t.due < today);
  return issued !== null && issued.slice(0, 4) < today.slice(0, 4);
}
