import type { ReformDb } from './database';
import type { TaskRecord } from '../model/records';
import { NOTE_MAX_LENGTH } from '../model/limits';
import { AppError } from '../model/app-error';

// Loaded on the first write (outside the transaction, which a foreign await would end), so the popup paints without zod.
const recordSchemas = () => import('../model/records');

/** History actions written by the checklist; the date of a check-off is part of the entry. */
export const doneAction = (day: string) => `done:${day}`;
export const REOPEN_ACTION = 'reopen';

/**
 * Marks tasks done (with `today` as their date) or open again, all in one transaction. Undo is the same call
 * with done = false. Tasks already in the wanted state are left alone; every other one gets a history entry.
 */
export async function setDone(
  db: ReformDb,
  ids: string[],
  done: boolean,
  today: string,
  now = Date.now(),
): Promise<TaskRecord[]> {
  const { taskRecord } = await recordSchemas();
  return db.transaction('rw', db.tasks, async () => {
    const found = await db.tasks.bulkGet(ids);
    const changed: TaskRecord[] = [];
    for (const [i, task] of found.entries()) {
      if (!task) throw new AppError('errTaskMissing', ids[i]);
      if ((task.done === 1) === done) continue;
      changed.push(
        taskRecord.parse({
          ...task,
          done: done ? 1 : 0,
          doneAt: done ? today : null,
          history: [...task.history, { at: now, action: done ? doneAction(today) : REOPEN_ACTION }],
          updatedAt: now,
        }),
      );
    }
    await db.tasks.bulkPut(changed);
    return changed;
  });
}

/** Appends a short progress note; earlier notes stay as the task's record of progress. */
export async function addNote(db: ReformDb, id: string, text: string, now = Date.now()): Promise<TaskRecord> {
  const note = text.trim();
  if (note === '') throw new AppError('errNoteEmpty');
  if (note.length > NOTE_MAX_LENGTH) throw new AppError('errNoteTooLong', NOTE_MAX_LENGTH);
  const { taskRecord } = await recordSchemas();
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) throw new AppError('errTaskMissing', id);
    const next = taskRecord.parse({ ...task, notes: [...task.notes, { at: now, text: note }], updatedAt: now });
    await db.tasks.put(next);
    return next;
  });
}
