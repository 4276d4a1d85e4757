import type { ReformDb } from './database';
import { ledgerRecord, taskRecord, type LedgerRecord, type TaskRecord } from '../model/records';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';
import { zhErrors } from '../z';
import { buildTask, dueFor, type TaskDraft } from '../ledger/build-task';
import { shortId } from '../model/ids';
import { nextTaskOrder } from './tasks';
import { AppError } from '../model/app-error';
import type { MessageKey } from '../i18n/t';
import { EditConflict, mergeEdit } from '../model/edit-merge';

export { EditConflict };

/**
 * Ledger and task edits made on the options page. Every write validates the records with the zod schemas first
 * and runs in one transaction; deletes return what they removed so an undo can put it back exactly.
 */

// Schema messages that are not written in Chinese get zod's Chinese wording instead of English.

export interface LedgerDraft {
  title: string;
  issuer: string;
  docNumber: string | null;
  issued: string | null;
  region: string;
}

/** A ledger form's save; with `base` (the fields as the form opened), only the user's changes are written. */
export type LedgerEdit = LedgerDraft & { base?: LedgerDraft };

export type TaskEdit = TaskDraft & {
  notes?: TaskRecord['notes'];
  /** The notes as the form first showed them: with it, notes another page added meanwhile are kept, not overwritten. */
  notesBase?: TaskRecord['notes'];
  /**
   * The fields as the form first showed them. With it, only the fields the user changed are written; a field
   * another page changed meanwhile is kept, and one both changed differently is a conflict (EditConflict).
   */
  base?: TaskDraft;
};

const EDIT_FIELDS = ['seq', 'group', 'title', 'lead', 'partners', 'deadlineText', 'dueOverride'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

const FIELD_NAMES: Record<EditField, MessageKey> = {
  seq: 'errFieldSeq',
  group: 'errFieldGroup',
  title: 'errFieldTitle',
  lead: 'errFieldLead',
  partners: 'errFieldPartners',
  deadlineText: 'errFieldDeadlineText',
  dueOverride: 'errFieldDueOverride',
};

const LEDGER_FIELDS = ['title', 'issuer', 'docNumber', 'issued', 'region'] as const;
const LEDGER_NAMES: Record<(typeof LEDGER_FIELDS)[number], MessageKey> = {
  title: 'errFieldLedgerTitle',
  issuer: 'errFieldIssuer',
  docNumber: 'errFieldDocNumber',
  issued: 'errFieldIssued',
  region: 'errFieldRegion',
};

type Note = TaskRecord['notes'][number];
const sameNote = (a: Note) => (b: Note) => a.at === b.at && a.text === b.text;

/** The stored notes with the form's removals and additions applied; without a base, the form's list as it is. */
function mergeNotes(stored: Note[], edit: TaskEdit): Note[] {
  if (!edit.notes) return stored;
  const base = edit.notesBase;
  if (!base) return edit.notes;
  const removed = base.filter((n) => !edit.notes!.some(sameNote(n)));
  const added = edit.notes.filter((n) => !base.some(sameNote(n)));
  return [...stored.filter((n) => !removed.some(sameNote(n))), ...added];
}

export const newLedgerId = () => `user-${shortId()}`;
const newTaskId = (ledgerId: string) => `${ledgerId}#${shortId()}`;

const TITLE_YEAR = /((?:19|20)\d{2})\s*年/;

/** Year that relative deadlines (年底前) of a ledger refer to: its issue date, else a year in its title, else its creation. */
export function ledgerYear(ledger: Pick<LedgerRecord, 'issued' | 'title' | 'createdAt'>): number {
  if (ledger.issued) return Number(ledger.issued.slice(0, 4));
  const inTitle = TITLE_YEAR.exec(ledger.title);
  return inTitle ? Number(inTitle[1]) : new Date(ledger.createdAt).getFullYear();
}

export const taskContext = (ledger: LedgerRecord) => ({
  year: ledgerYear(ledger),
  defaultDeadline: ledger.defaultDeadline,
});

export function newLedgerRecord(draft: LedgerDraft, now: number, id = newLedgerId()): LedgerRecord {
  return ledgerRecord.parse(
    {
      ...draft,
      id,
      source: null,
      defaultDeadline: null,
      origin: 'user',
      documentId: null,
      archived: 0,
      createdAt: now,
      updatedAt: now,
    },
    zhErrors,
  );
}

export async function createLedger(db: ReformDb, draft: LedgerDraft, now = Date.now()): Promise<LedgerRecord> {
  const ledger = newLedgerRecord(draft, now);
  await db.ledgers.add(ledger);
  return ledger;
}

async function getLedger(db: ReformDb, id: string): Promise<LedgerRecord> {
  const ledger = await db.ledgers.get(id);
  if (!ledger) throw new AppError('errLedgerGone', id);
  return ledger;
}

/**
 * Renames or corrects a ledger; another page's change to a field this form left alone is kept (EditConflict when
 * both changed the same field). When its year changes, the tasks' relative deadlines move with it. */
export async function updateLedger(
  db: ReformDb,
  id: string,
  edit: LedgerEdit,
  now = Date.now(),
): Promise<LedgerRecord> {
  return db.transaction('rw', db.ledgers, db.tasks, async () => {
    const old = await getLedger(db, id);
    const patch = mergeEdit(old, edit, edit.base, LEDGER_FIELDS, LEDGER_NAMES);
    const next = ledgerRecord.parse({ ...old, ...patch, updatedAt: now }, zhErrors);
    await db.ledgers.put(next);
    if (ledgerYear(next) !== ledgerYear(old)) {
      const tasks = await db.tasks.where('ledgerId').equals(id).toArray();
      const moved = tasks
        .map((t) => ({ ...t, ...redate(t, next) }))
        .filter((t, i) => t.due !== tasks[i].due || t.deadlineKind !== tasks[i].deadlineKind)
        .map((t) => taskRecord.parse({ ...t, updatedAt: now }, zhErrors));
      await db.tasks.bulkPut(moved);
    }
    return next;
  });
}

function redate(task: Pick<TaskRecord, 'deadlineText' | 'dueOverride'>, ledger: LedgerRecord) {
  const { kind, due } = dueFor(task, taskContext(ledger));
  return { deadlineKind: kind, due };
}

export interface DeletedLedger {
  ledger: LedgerRecord;
  tasks: TaskRecord[];
}

/** Deletes a ledger with all its tasks; a seed ledger is remembered as dismissed so updates do not bring it back. */
export async function deleteLedger(db: ReformDb, id: string): Promise<DeletedLedger> {
  return db.transaction('rw', db.ledgers, db.tasks, SETTINGS_TABLE, async () => {
    const ledger = await getLedger(db, id);
    const tasks = await db.tasks.where('ledgerId').equals(id).toArray();
    await db.tasks.bulkDelete(tasks.map((t) => t.id));
    await db.ledgers.delete(id);
    if (ledger.origin === 'seed') {
      const dismissed = await settings.dismissedSeeds.getValue(db);
      if (!dismissed.includes(id)) await settings.dismissedSeeds.setValue(db, [...dismissed, id]);
    }
    return { ledger, tasks };
  });
}

/** Puts a deleted ledger and its tasks back exactly as they were, and forgets the dismissal of a seed. */
export async function undoDeleteLedger(db: ReformDb, { ledger, tasks }: DeletedLedger): Promise<void> {
  await db.transaction('rw', db.ledgers, db.tasks, SETTINGS_TABLE, async () => {
    await db.ledgers.put(ledger);
    await db.tasks.bulkPut(tasks);
    const dismissed = await settings.dismissedSeeds.getValue(db);
    if (dismissed.includes(ledger.id)) {
      await settings.dismissedSeeds.setValue(
        db,
        dismissed.filter((d) => d !== ledger.id),
      );
    }
  });
}

export async function addTask(db: ReformDb, ledgerId: string, edit: TaskEdit, now = Date.now()): Promise<TaskRecord> {
  return db.transaction('rw', db.ledgers, db.tasks, async () => {
    const ledger = await getLedger(db, ledgerId);
    const order = await nextTaskOrder(db, ledgerId);
    const built = buildTask(newTaskId(ledgerId), order, edit, { ledgerId, ...taskContext(ledger), now });
    const task = taskRecord.parse({ ...built, notes: edit.notes ?? [] }, zhErrors);
    await db.tasks.add(task);
    return task;
  });
}

/** Changes what a task says; its done state and history stay. The due date follows the new text or override. */
export async function updateTask(db: ReformDb, id: string, edit: TaskEdit, now = Date.now()): Promise<TaskRecord> {
  return db.transaction('rw', db.ledgers, db.tasks, async () => {
    const old = await db.tasks.get(id);
    if (!old) throw new AppError('errTaskGone', id);
    const ledger = await getLedger(db, old.ledgerId);
    const merged = { ...old, ...mergeEdit(old, edit, edit.base, EDIT_FIELDS, FIELD_NAMES) };
    const notes = mergeNotes(old.notes, edit);
    const next = taskRecord.parse({ ...merged, notes, ...redate(merged, ledger), updatedAt: now }, zhErrors);
    await db.tasks.put(next);
    return next;
  });
}

export async function deleteTask(db: ReformDb, id: string): Promise<TaskRecord> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task) throw new AppError('errTaskGone', id);
    await db.tasks.delete(id);
    return task;
  });
}

export async function undoDeleteTask(db: ReformDb, task: TaskRecord): Promise<void> {
  await db.transaction('rw', db.ledgers, db.tasks, async () => {
    await getLedger(db, task.ledgerId);
    await db.tasks.put(task);
  });
}
