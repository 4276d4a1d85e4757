import type { TaskRecord } from '../model/records';

/**
 * A document is history when every date it sets has passed: its tasks open as 归档 (archived), out of the
 * checklist, badge and reminders. Tasks without a date (or recurring) decide nothing; a document with no dated
 * task is history once its targets' deadlines have passed, or, with none either, once its year of issue is over.
 */
export function isPastDocument(
  tasks: ReadonlyArray<Pick<TaskRecord, 'due' | 'deadlineKind'>>,
  issued: string | null,
  today: string,
  targetDeadlines: ReadonlyArray<string | null> = [],
): boolean {
  const dated = tasks.filter((t) => t.due !== '' && t.deadlineKind !== 'recurring');
  if (dated.length > 0) return dated.every((t) => t.due < today);
  // A document of targets only: its deadlines (YYYY-MM, met by the month's end) say when it is over.
  const by = targetDeadlines.filter((m): m is string => m !== null);
  if (by.length > 0) return by.every((m) => m < today.slice(0, 7));
  return issued !== null && issued.slice(0, 4) < today.slice(0, 4);
}

/**
 * The first-run choice for one document's ledgers: a document the user did not pick opens as 归档, and so does a
 * picked one whose dates are all past (history: still in the ledger and searchable). A picked current document
 * that was not picked before comes into the checklist; one picked before is left as the user has it.
 */
export function documentChoice(
  picked: boolean,
  pickedBefore: boolean,
  past: boolean,
): 'archive' | 'current' | 'unchanged' {
  if (!picked || past) return 'archive';
  return pickedBefore ? 'unchanged' : 'current';
}
