import type { Table } from 'dexie';
import type { ReformDb } from './database';
import { CURRENT_SCHEMA_VERSION } from './migrations';
import { makeBackup, type BackupFile } from '../backup/format';
import { BACKUP_TABLES, TABLE_KEYS, type BackupTable, type TableCounts } from '../backup/tables';
import type { ValidBackup } from '../backup/validate';

import { settings } from './setting-keys';
import type { SettingRecord } from '../model/records';
import { bundledSeedIds } from '../ledger/bundled-seeds';

/** A backup copies every table whole, the settings rows included (they are checked on read, see setting-keys.ts). */
const tableOf = (db: ReformDb, table: BackupTable) =>
  (db as unknown as Record<BackupTable, Table<unknown, unknown>>)[table];
const allTables = (db: ReformDb) => BACKUP_TABLES.map((t) => tableOf(db, t));

/**
 * Reads every table in one transaction, so the file is one consistent moment. lastBackupAt is written first in
 * the same transaction: a restored database then tells truthfully when its data was backed up.
 */
export async function exportBackup(db: ReformDb, now = Date.now()): Promise<BackupFile> {
  return db.transaction('rw', allTables(db), async () => {
    await settings.lastBackupAt.setValue(db, now);
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

/** Records written between two progress reports. */
const PROGRESS_STEP = 2000;

export type RestoreProgress = (done: number, total: number) => void;

/** Same JSON-like value (what records are: objects, arrays, strings, numbers, booleans, null). */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameRecord(ra[k], rb[k]));
}

/**
 * The backup's settings, with every bundled ledger the file does not hold added to the dismissed seeds: the
 * restored data is the truth, so the next install or update event must not bring those ledgers back.
 */
const DISMISSED_KEY = settings.dismissedSeeds.key;

export function settingsAfterRestore(backup: ValidBackup, bundledIds: readonly string[]): unknown[] {
  const rows = backup.tables.settings as SettingRecord[];
  const held = new Set((backup.tables.ledgers as Array<{ id: string }>).map((l) => l.id));
  const stored = rows.find((s) => s.key === DISMISSED_KEY)?.value;
  const dismissed = Array.isArray(stored) ? stored.filter((d): d is string => typeof d === 'string') : [];
  const absent = bundledIds.filter((id) => !held.has(id) && !dismissed.includes(id));
  if (absent.length === 0) return rows;
  return [...rows.filter((s) => s.key !== DISMISSED_KEY), { key: DISMISSED_KEY, value: [...dismissed, ...absent] }];
}

/**
 * Replaces the whole database with a validated backup, in one transaction: any failure aborts it, and IndexedDB
 * rolls every table back to what it was. Only what differs is written: records not in the backup are deleted,
 * new and changed ones put, equal ones left alone. Clearing and re-adding every record was what made restoring
 * 50,000 tasks take many times their backup (IndexedDB deletes and re-adds every index entry); reading the table
 * to compare costs about as much as the backup's own read.
 */
export async function restoreBackup(
  db: ReformDb,
  backup: ValidBackup,
  onProgress?: RestoreProgress,
  bundledIds: readonly string[] = bundledSeedIds(),
): Promise<void> {
  const rows = (table: BackupTable) =>
    table === 'settings' ? settingsAfterRestore(backup, bundledIds) : backup.tables[table];
  const total = BACKUP_TABLES.reduce((n, table) => n + rows(table).length, 0);
  let done = 0;
  onProgress?.(0, total);
  await db.transaction('rw', allTables(db), async () => {
    for (const table of BACKUP_TABLES) {
      const store = tableOf(db, table);
      const key = TABLE_KEYS[table];
      const left = new Map((await store.toArray()).map((r) => [(r as Record<string, unknown>)[key], r]));
      const writes: unknown[] = [];
      for (const record of rows(table)) {
        const id = (record as Record<string, unknown>)[key];
        const old = left.get(id);
        if (old === undefined || !sameRecord(old, record)) writes.push(record);
        left.delete(id);
      }
      await store.bulkDelete([...left.keys()]);
      done += rows(table).length - writes.length;
      onProgress?.(done, total);
      for (let i = 0; i < writes.length; i += PROGRESS_STEP) {
        const chunk = writes.slice(i, i + PROGRESS_STEP);
        await store.bulkPut(chunk);
        done += chunk.length;
        onProgress?.(done, total);
      }
    }
  });
}
