import { localStamp } from '../model/calendar';
import type { BackupTable } from './tables';

export const BACKUP_FORMAT = 'reform-ledger-backup';

/** One JSON file holds the whole database; schemaVersion is the Dexie schema version the records fit. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  schemaVersion: number;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  tables: Record<BackupTable, unknown[]>;
}

/** 医改台账备份-YYYYMMDD-HHmm.json in local time, so the name matches the clock the user saw. */
export function backupFileName(at: Date): string {
  return `医改台账备份-${localStamp(at).replace(/[-:]/g, '').replace(' ', '-')}.json`;
}

export function makeBackup(
  tables: Record<BackupTable, unknown[]>,
  schemaVersion: number,
  exportedAt: Date,
): BackupFile {
  return { format: BACKUP_FORMAT, schemaVersion, exportedAt: exportedAt.toISOString(), tables };
}

export function serializeBackup(backup: BackupFile): string {
  return JSON.stringify(backup);
}
