import type { Table } from 'dexie';
import type { ReformDb } from './database';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { makeBackup, type BackupFile } from '../backup/format';
import { BACKUP_TABLES, type BackupTable, type TableCounts } from '../backup/tables';
import type { ValidBackup } from '../backup/validate';

import { LAST_BACKUP_KEY } from './last-backup';

/** The table by its property on the database (db.tasks), the same object the rest of the code writes through. */
const tableOf = (db: ReformDb, table: BackupTable) => db[table] as Table<unknown, unknown>;
const allTables = (db: ReformDb) => BACKUP_TABLES.map((t) => tableOf(db, t));

/**
 * Reads every table in one transaction, so the file is one consistent moment. lastBackupAt is written first in
 * the same transaction: a restored database then tells truthfully when its data was backed up.
 */
export async function exportBackup(db: ReformDb, now = Date.now()): Promise<BackupFile> {
  return db.transaction('rw', allTables(db), async () => {
    await db.settings.put({ key: LAST_BACKUP_KEY, value: now });
    const tables = {} as Record<BackupTable, unknown[]>;
    for (const table of BACKUP_TABLES) tables[table] = await tableOf(db, table).toArray();
    return makeBackup(tables, CURRENT_SCHEMA_VERSION, new Date(now));
  });
}

export async function tableCounts(db: ReformDb): Promise<TableCounts> {
  return db.transaction('r', allTables(db), async () => {
    const counts = {} as TableCounts;
    for (const table of BACKUP_TABLES) counts[table] = await tableOf(db, table).count();
    return counts;
  });
}

/**
 * Replaces the whole database with a validated backup: clear and bulkAdd of every table in one transaction.
 * Any failure aborts the transaction, and IndexedDB rolls every table back to what it was.
 */
export async function restoreBackup(db: ReformDb, backup: ValidBackup): Promise<void> {
  await db.transaction('rw', allTables(db), async () => {
    for (const table of BACKUP_TABLES) await tableOf(db, table).clear();
    for (const table of BACKUP_TABLES) await tableOf(db, table).bulkAdd(backup.tables[table]);
  });
}
