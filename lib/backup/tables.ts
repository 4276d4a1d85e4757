import type { z } from '../z';
import {
  aliasRecord,
  bulletinRecord,
  documentRecord,
  figureRecord,
  indicatorRecord,
  ledgerRecord,
  reportRecord,
  settingRecord,
  snapshotRecord,
  targetRecord,
  taskRecord,
  unitRecord,
} from '../model/records';

/** Every table of the database, in the order a restore writes them (documents, then ledgers, then their tasks). */
export const BACKUP_TABLES = [
  'documents',
  'ledgers',
  'tasks',
  'units',
  'figures',
  'indicators',
  'targets',
  'reports',
  'bulletins',
  'aliases',
  'snapshots',
  'settings',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export const TABLE_SCHEMAS: Record<BackupTable, z.ZodType> = {
  documents: documentRecord,
  ledgers: ledgerRecord,
  tasks: taskRecord,
  units: unitRecord,
  figures: figureRecord,
  indicators: indicatorRecord,
  targets: targetRecord,
  reports: reportRecord,
  bulletins: bulletinRecord,
  aliases: aliasRecord,
  snapshots: snapshotRecord,
  settings: settingRecord,
};

/** Primary key field of each table (as in lib/db/migrations.ts); duplicates would make the restore fail. */
export const TABLE_KEYS: Record<BackupTable, string> = {
  documents: 'id',
  ledgers: 'id',
  tasks: 'id',
  units: 'id',
  figures: 'id',
  indicators: 'id',
  targets: 'id',
  reports: 'id',
  bulletins: 'id',
  aliases: 'alias',
  snapshots: 'id',
  settings: 'key',
};

/** Chinese names for messages that come from validation (shown whatever the UI language). */
export const TABLE_NAMES_ZH: Record<BackupTable, string> = {
  documents: '文件',
  ledgers: '台账',
  tasks: '任务',
  units: '单位',
  figures: '月度数据',
  indicators: '指标',
  targets: '目标',
  reports: '进展报送',
  bulletins: '通报',
  aliases: '部门别名',
  snapshots: '快照',
  settings: '设置',
};

export function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

export type TableCounts = Record<BackupTable, number>;
