import type { Table } from 'dexie';
import type { ReformDb } from './database';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { makeBackup, type BackupFile } from '../backup/format';
import { BACKUP_TABLES, type BackupTable, type TableCounts } from '../backup/tables';
import type { ValidBackup } from '../backup/validate';

import { LAST_BACKUP_KEY } from './last-backup';
import { DISMISSED_SEEDS_KEY } from './seed-ledgers';
import type { SettingRecord } from '../model/records';
import { bundledSeedIds } from '../ledger/bundled-seeds';

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
 * The backup's settings, with every bundled ledger the file does not hold added to the dismissed seeds: the
 * restored data is the truth, so the next install or update event must not bring those ledgers back.
 */
export function settingsAfterRestore(backup: ValidBackup, bundledIds: readonly string[]): unknown[] {
  const settings = backup.tables.settings as SettingRecord[];
  const held = new Set((backup.tables.ledgers as Array<{ id: string }>).map((l) => l.id));
  const stored = settings.find((s) => s.key === DISMISSED_SEEDS_KEY)?.value;
  const dismissed = Array.isArray(stored) ? stored.filter((d): d is string => typeof d === 'string') : [];
  const absent = bundledIds.filter((id) => !held.has(id) && !dismissed.includes(id));
  if (absent.length === 0) return settings;
  return [...settings.filter((s) => s.key !== DISMISSED_SEEDS_KEY), { key: DISMISSED_SEEDS_KEY, value: [...dismissed, ...absent] }];
}

/**
 * Replaces the whole database with a validated backup: clear and bulkAdd of every table in one transaction.
 * Any failure aborts the transaction, and IndexedDB rolls every table back to what it was.
 */
export async function restoreBackup(db: ReformDb, backup: ValidBackup, bundledIds: readonly string[] = bundledSeedIds()): Promise<void> {
  const rows = (table: BackupTable) => (table === 'settings' ? settingsAfterRestore(backup, bundledIds) : backup.tables[table]);
  await db.transaction('rw', allTables(db), async () => {
    for (const table of BACKUP_TABLES) await tableOf(db, table).clear();
    for (const table of BACKUP_TABLES) await tableOf(db, table).bulkAdd(rows(table));
  });
}
