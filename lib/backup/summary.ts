import { BACKUP_TABLES, type BackupTable, type TableCounts } from './tables';

export interface TableChange {
  table: BackupTable;
  current: number;
  incoming: number;
}

export function countTables(tables: Record<BackupTable, unknown[]>): TableCounts {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, tables[t].length])) as TableCounts;
}

/** What a restore replaces: per table, the records in the database now and in the backup file. */
export function restoreSummary(current: TableCounts, incoming: TableCounts): TableChange[] {
  return BACKUP_TABLES.map((table) => ({ table, current: current[table], incoming: incoming[table] }));
}

export interface BackupSample {
  ledgers: string[];
  tasks: string[];
}

/** A few ledger names and task titles from the file, so the user sees whose data it is before replacing theirs. */
export function backupSample(tables: Record<BackupTable, unknown[]>, count = 3): BackupSample {
  const names = (rows: unknown[]) => rows.slice(0, count).map((r) => String((r as { title?: unknown }).title ?? ''));
  return { ledgers: names(tables.ledgers), tasks: names(tables.tasks) };
}
