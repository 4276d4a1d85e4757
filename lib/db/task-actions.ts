import type { ReformDb } from './database';
import type { TaskRecord } from '../model/records';
import type { IsoDate } from '../model/days';
import { NOTE_MAX_LENGTH } from '../model/limits';

// Loaded on the first write (outside the transaction, which a foreign await would end), so the popup paints without zod.
const recordSchemas = () => import('../model/records');

/** History actions written by the checklist; the date of a check-off is part of the entry. */
export const doneAction = (day: IsoDate) => `done:${day}`;
export const REOPEN_ACTION = 'reopen';

/**
 * Marks tasks done (with `today` as their date) or open again, all in one transaction. Undo is the same call
 * with done = false. Tasks already in the wanted state are left alone; every other one gets a history entry.
 */
export async function setDone(
  db: ReformDb,
  ids: string[],
  done: boolean,
  today: IsoDate,
  now = Date.now(),
): Promise<TaskRecord[]> {
  const { taskRecord } = await recordSchemas();
  return db.transaction('rw', db.tasks, async () => {
    const found = await db.tasks.bulkGet(ids);
    const changed: TaskRecord[] = [];
    for (const [i, task] of found.entries()) {
      if (!task) throw new Error(`任务不存在：${ids[i]}`);
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
  if (note === '') throw new Error('备注不能为空');
  if (note.length > NOTE_MAX_LENGTH) throw new Error(`备注不能超过 ${NOTE_MAX_LENGTH} 字`);
  const { taskRecord } = await recordSchemas();
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) throw new Error(`任务不存在：${id}`);
    const next = taskRecord.parse({ ...task, notes: [...task.notes, { at: now, text: note }], updatedAt: now });
    await db.tasks.put(next);
    return next;
  });
}
