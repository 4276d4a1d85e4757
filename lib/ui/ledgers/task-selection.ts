import { matchesSearch, searchTerms } from '../../checklist/filters';
import type { TaskRecord } from '../../model/records';

/** Which tasks of a ledger the table shows: a search over the task's text, and its state. */
export interface TaskQuery {
  search: string;
  state: 'all' | 'open' | 'done' | 'archived';
}
export const TASK_STATES: ReadonlyArray<TaskQuery['state']> = ['all', 'open', 'done', 'archived'];
export const ALL_TASKS: TaskQuery = { search: '', state: 'all' };

function inState(task: TaskRecord, state: TaskQuery['state']): boolean {
  if (state === 'open') return task.done === 0 && task.archived === 0;
  if (state === 'done') return task.done === 1;
  if (state === 'archived') return task.archived === 1;
  return true;
}

export function filterTasks(tasks: TaskRecord[], query: TaskQuery, ledgerTitle = ''): TaskRecord[] {
  const terms = searchTerms(query.search);
  return tasks.filter((t) => inState(t, query.state) && matchesSearch(t, terms, ledgerTitle));
}

/**
 * A click on a row's box: ticks or unticks that row, or with Shift every row from the last clicked one to this
 * one (in the order shown), the way file lists do. Returns the new selection; the clicked row becomes the anchor.
 */
export function clickRow(
  selected: ReadonlySet<string>,
  shown: readonly string[],
  id: string,
  checked: boolean,
  anchor: string | null,
  shift: boolean,
): Set<string> {
  const next = new Set(selected);
  const from = shift && anchor !== null ? shown.indexOf(anchor) : -1;
  const to = shown.indexOf(id);
  const range = from === -1 || to === -1 ? [id] : shown.slice(Math.min(from, to), Math.max(from, to) + 1);
  for (const rowId of range) {
    if (checked) next.add(rowId);
    else next.delete(rowId);
  }
  return next;
}

/** The header box: every shown row selected (keeping rows selected outside the filter), or none of them. */
export function toggleAll(selected: ReadonlySet<string>, shown: readonly string[]): Set<string> {
  const all = shown.length > 0 && shown.every((id) => selected.has(id));
  const next = new Set(selected);
  for (const id of shown) {
    if (all) next.delete(id);
    else next.add(id);
  }
  return next;
}

/** What a bulk action acts on: the selected rows the table shows, in its order. */
export const actedOn = (selected: ReadonlySet<string>, shown: readonly string[]) =>
  shown.filter((id) => selected.has(id));
