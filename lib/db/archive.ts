import type { ReformDb } from './database';
import type { LedgerRecord, TaskRecord } from '../model/records';
import { AppError } from '../model/app-error';
import { documentChoice, isPastDocument } from '../checklist/historic';

export const ARCHIVE_ACTION = 'archive';
export const UNARCHIVE_ACTION = 'unarchive';

const recordSchemas = () => import('../model/records');

/**
 * Archives tasks (归档: kept and searchable in the ledger, never in the checklist, badge or reminders) or brings
 * them back, all in one transaction; tasks already in the wanted state are left alone. Undo is the same call
 * with the other value.
 */
export async function setTasksArchived(
  db: ReformDb,
  ids: string[],
  archived: boolean,
  now = Date.now(),
): Promise<TaskRecord[]> {
  const { taskRecord } = await recordSchemas();
  return db.transaction('rw', db.tasks, () => archiveIn(db, taskRecord, ids, archived, now));
}

type Schemas = Awaited<ReturnType<typeof recordSchemas>>;

async function archiveIn(
  db: ReformDb,
  taskRecord: Schemas['taskRecord'],
  ids: string[],
  archived: boolean,
  now: number,
) {
  const found = await db.tasks.bulkGet(ids);
  const changed: TaskRecord[] = [];
  for (const [i, task] of found.entries()) {
    if (!task) throw new AppError('errTaskMissing', ids[i]);
    if ((task.archived === 1) === archived) continue;
    changed.push(
      taskRecord.parse({
        ...task,
        archived: archived ? 1 : 0,
        history: [...task.history, { at: now, action: archived ? ARCHIVE_ACTION : UNARCHIVE_ACTION }],
        updatedAt: now,
      }),
    );
  }
  await db.tasks.bulkPut(changed);
  return changed;
}

/** A whole ledger and every task in it, archived or brought back in one step. */
export async function setLedgerArchived(
  db: ReformDb,
  ledgerId: string,
  archived: boolean,
  now = Date.now(),
): Promise<LedgerRecord> {
  const { ledgerRecord, taskRecord } = await recordSchemas();
  return db.transaction('rw', db.ledgers, db.tasks, async () => {
    const ledger = await db.ledgers.get(ledgerId);
    if (!ledger) throw new AppError('errLedgerMissing', ledgerId);
    const next = ledgerRecord.parse({ ...ledger, archived: archived ? 1 : 0, updatedAt: now });
    await db.ledgers.put(next);
    const ids = await db.tasks.where('ledgerId').equals(ledgerId).primaryKeys();
    await archiveIn(db, taskRecord, ids, archived, now);
    return next;
  });
}

export interface DocumentChoiceResult {
  /** Ledgers whose tasks are now 归档 (not picked, or every date past). */
  archived: string[];
  /** Ledgers whose tasks are now in the checklist. */
  current: string[];
}

/**
 * The first-run document picker: stores which documents apply to the user (documents.applies) and opens the
 * ledgers of the others, and of documents whose dates have all passed, as 归档 — all in one transaction.
 */
export async function chooseDocuments(
  db: ReformDb,
  picked: Iterable<string>,
  today: string,
  now = Date.now(),
): Promise<DocumentChoiceResult> {
  const { documentRecord, ledgerRecord, taskRecord } = await recordSchemas();
  const chosen = new Set(picked);
  return db.transaction('rw', [db.documents, db.ledgers, db.tasks, db.targets], async () => {
    const [documents, ledgers, targets] = await Promise.all([
      db.documents.toArray(),
      db.ledgers.toArray(),
      db.targets.toArray(),
    ]);
    const result: DocumentChoiceResult = { archived: [], current: [] };
    for (const doc of documents) {
      const applies = chosen.has(doc.id) ? 1 : 0;
      if (doc.applies !== applies) await db.documents.put(documentRecord.parse({ ...doc, applies, updatedAt: now }));
      const deadlines = targets.filter((t) => t.documentId === doc.id).map((t) => t.by);
      for (const ledger of ledgers.filter((l) => l.documentId === doc.id)) {
        const tasks = await db.tasks.where('ledgerId').equals(ledger.id).toArray();
        const past = isPastDocument(tasks, ledger.issued ?? doc.issued, today, deadlines);
        const choice = documentChoice(applies === 1, doc.applies === 1, past);
        if (choice === 'unchanged') continue;
        const archived = choice === 'archive';
        if ((ledger.archived === 1) !== archived)
          await db.ledgers.put(ledgerRecord.parse({ ...ledger, archived: archived ? 1 : 0, updatedAt: now }));
        await archiveIn(
          db,
          taskRecord,
          tasks.map((t) => t.id),
          archived,
          now,
        );
        result[archived ? 'archived' : 'current'].push(ledger.id);
      }
    }
    return result;
  });
}
