import type { ReformDb } from './database';
import type { LedgerRecord, TaskRecord } from '../model/records';
import { AppError } from '../model/app-error';

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
