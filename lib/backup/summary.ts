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
