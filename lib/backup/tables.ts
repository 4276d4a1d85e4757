import type { z } from '../z';
import {
  figureRecord,
  indicatorRecord,
  ledgerRecord,
  settingRecord,
  snapshotRecord,
  taskRecord,
  unitRecord,
} from '../model/records';

/** Every table of the database, in the order a restore writes them (ledgers before their tasks). */
export const BACKUP_TABLES = ['ledgers', 'tasks', 'units', 'figures', 'indicators', 'snapshots', 'settings'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const TABLE_SCHEMAS: Record<BackupTable, z.ZodType> = {
  ledgers: ledgerRecord,
  tasks: taskRecord,
  units: unitRecord,
  figures: figureRecord,
  indicators: indicatorRecord,
  snapshots: snapshotRecord,
  settings: settingRecord,
};

/** Primary key field of each table (as in lib/db/migrations.ts); duplicates would make the restore fail. */
export const TABLE_KEYS: Record<BackupTable, string> = {
  ledgers: 'id',
  tasks: 'id',
  units: 'id',
  figures: 'id',
  indicators: 'id',
  snapshots: 'id',
  settings: 'key',
};

/** Chinese names for messages that come from validation (shown whatever the UI language). */
export const TABLE_NAMES_ZH: Record<BackupTable, string> = {
  ledgers: '台账',
  tasks: '任务',
  units: '单位',
  figures: '月度数据',
  indicators: '指标',
  snapshots: '快照',
  settings: '设置',
};

export function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

export type TableCounts = Record<BackupTable, number>;
