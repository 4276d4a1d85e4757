import type { ReformDb } from './database';
import type { TaskRecord } from '../model/records';
import { NOTE_MAX_LENGTH } from '../model/limits';
import { AppError } from '../model/app-error';
import { currentOccurrence, isRecurring, lastPeriodDone } from '../model/effective-due';

// Loaded on the first write (outside the transaction, which a foreign await would end), so the popup paints without zod.
const recordSchemas = () => import('../model/records');

/** History actions written by the checklist; the date of a check-off is part of the entry. */
export const doneAction = (day: string) => `done:${day}`;
export const REOPEN_ACTION = 'reopen';
/** A recurring duty's period ticked done, and that tick undone: `period-done:<occurrence due>:<day ticked>`. */
export const periodDoneAction = (due: string, day: string) => `period-done:${due}:${day}`;
export const periodReopenAction = (due: string) => `period-reopen:${due}`;

type Change = Partial<TaskRecord> | null;

/** A recurring duty completes one period: the open occurrence is recorded, the next one opens. */
function periodChange(task: TaskRecord, done: boolean, today: string, now: number, seen?: string): Change {
  const periods = task.periodsDone ?? [];
  if (done) {
    const due = currentOccurrence(task, today);
    // The period the user ticked is already done (a double click, another page): the next one was not seen yet.
    if (due === '' || (seen !== undefined && seen !== due)) return null;
    return {
      periodsDone: [...periods, { due, doneAt: today, at: now }],
      history: [...task.history, { at: now, action: periodDoneAction(due, today) }],
    };
  }
  // Undo takes back the latest tick; earlier periods' records stay.
  const last = lastPeriodDone(task);
  if (!last) return null;
  return {
    periodsDone: periods.filter((p) => p !== last),
    history: [...task.history, { at: now, action: periodReopenAction(last.due) }],
  };
}

function change(task: TaskRecord, done: boolean, today: string, now: number, seen?: string): Change {
  // A duty ticked done as a whole before periods existed is reopened as a whole.
  if (isRecurring(task) && task.done === 0) return periodChange(task, done, today, now, seen);
  if ((task.done === 1) === done) return null;
  return {
    done: done ? 1 : 0,
    doneAt: done ? today : null,
    history: [...task.history, { at: now, action: done ? doneAction(today) : REOPEN_ACTION }],
  };
}

/**
 * Marks tasks done (with `today` as their date) or open again, all in one transaction. Undo is the same call
 * with done = false. Tasks already in the wanted state are left alone; every other one gets a history entry.
 * A recurring duty stays open: done completes its current period (the next one opens), undo takes the latest
 * period back. `seen` (task id → the due date the row showed when ticked) makes a tick complete that period only:
 * a second tick of the same row before it showed the next period completes nothing more.
 */
export async function setDone(
  db: ReformDb,
  ids: string[],
  done: boolean,
  today: string,
  now = Date.now(),
  seen: Readonly<Record<string, string>> = {},
): Promise<TaskRecord[]> {
  const { taskRecord } = await recordSchemas();
  return db.transaction('rw', db.tasks, async () => {
    const found = await db.tasks.bulkGet(ids);
    const changed: TaskRecord[] = [];
    for (const [i, task] of found.entries()) {
      if (!task) throw new AppError('errTaskMissing', ids[i]);
      const next = change(task, done, today, now, seen[task.id]);
      if (next) changed.push(taskRecord.parse({ ...task, ...next, updatedAt: now }));
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
