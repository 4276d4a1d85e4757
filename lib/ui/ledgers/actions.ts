import { getDb } from '../../db/database';
import { setLedgerArchived, setTasksArchived } from '../../db/archive';
import {
  addTask,
  createLedger,
  deleteLedger,
  deleteTask,
  undoDeleteLedger,
  undoDeleteTask,
  updateLedger,
  updateTask,
  type LedgerEdit,
  type TaskEdit,
} from '../../db/ledger-edits';
import { setDone } from '../../db/task-actions';
import { localDay } from '../../model/calendar';
import { commitImport, undoImport, type ImportRequest } from '../../db/ledger-import';
import type { LedgerRecord, TaskRecord } from '../../model/records';
import { CHECKLIST_CHANGED, tellBackground } from '../../background/messages';

/**
 * Page-side writes of the 台账 tab. Task changes wake the service worker so the badge follows at once; every
 * delete returns its undo.
 */

async function thenTell<T>(write: Promise<T>): Promise<T> {
  const result = await write;
  await tellBackground(CHECKLIST_CHANGED);
  return result;
}

export const saveLedger = (id: string | null, draft: LedgerEdit): Promise<LedgerRecord> =>
  thenTell(id ? updateLedger(getDb(), id, draft) : createLedger(getDb(), draft));

export async function removeLedger(id: string): Promise<{ title: string; undo: () => Promise<void> }> {
  const deleted = await thenTell(deleteLedger(getDb(), id));
  return { title: deleted.ledger.title, undo: () => thenTell(undoDeleteLedger(getDb(), deleted)) };
}

export const saveTask = (ledgerId: string, taskId: string | null, edit: TaskEdit): Promise<TaskRecord> =>
  thenTell(taskId ? updateTask(getDb(), taskId, edit) : addTask(getDb(), ledgerId, edit));

export async function removeTask(id: string): Promise<{ title: string; undo: () => Promise<void> }> {
  const task = await thenTell(deleteTask(getDb(), id));
  return { title: task.title, undo: () => thenTell(undoDeleteTask(getDb(), task)) };
}

export async function importTable(request: ImportRequest) {
  const result = await thenTell(commitImport(getDb(), request));
  return { ...result, undo: () => thenTell(undoImport(getDb(), result, request.target.kind === 'new')) };
}

/** Archives or brings back a whole ledger and its tasks in one step (归档: out of the checklist, badge and reminders). */
export const archiveLedger = (id: string, archived: boolean) => thenTell(setLedgerArchived(getDb(), id, archived));

export const archiveTasks = (ids: string[], archived: boolean) => thenTell(setTasksArchived(getDb(), ids, archived));

export type BulkAction = 'done' | 'archive' | 'restore';

/**
 * A selection marked done, archived or brought back, in one transaction; returns how many changed and the undo
 * (which turns back only those, so tasks already in that state stay as they were).
 */
export async function bulkTasks(
  ids: string[],
  action: BulkAction,
  today: string = localDay(),
): Promise<{ changed: number; undo: () => Promise<void> }> {
  const db = getDb();
  const changed =
    action === 'done'
      ? await thenTell(setDone(db, ids, true, today))
      : await thenTell(setTasksArchived(db, ids, action === 'archive'));
  const back = changed.map((t) => t.id);
  const undo = async () => {
    if (action === 'done') await thenTell(setDone(getDb(), back, false, today));
    else await thenTell(setTasksArchived(getDb(), back, action !== 'archive'));
  };
  return { changed: back.length, undo };
}
