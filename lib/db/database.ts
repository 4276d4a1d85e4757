import { Dexie, type EntityTable } from 'dexie';
import type {
  AliasRecord,
  BulletinRecord,
  DocumentRecord,
  FigureRecord,
  ReportRecord,
  TargetRecord,
  IndicatorRecord,
  LedgerRecord,
  SnapshotRecord,
  TaskRecord,
  UnitRecord,
} from '../model/records';
import { applySchema } from './migrations';
import { DB_NAME } from './db-name';

export { DB_NAME };

/** The tables. The settings table is left out on purpose: it is reached only through lib/db/setting-keys.ts. */
export type ReformDb = Dexie & {
  ledgers: EntityTable<LedgerRecord, 'id'>;
  tasks: EntityTable<TaskRecord, 'id'>;
  units: EntityTable<UnitRecord, 'id'>;
  figures: EntityTable<FigureRecord, 'id'>;
  indicators: EntityTable<IndicatorRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  documents: EntityTable<DocumentRecord, 'id'>;
  targets: EntityTable<TargetRecord, 'id'>;
  reports: EntityTable<ReportRecord, 'id'>;
  bulletins: EntityTable<BulletinRecord, 'id'>;
  aliases: EntityTable<AliasRecord, 'alias'>;
};

export function openDb(name = DB_NAME): ReformDb {
  const db = new Dexie(name) as ReformDb;
  applySchema(db);
  closeWhenUpgradedElsewhere(db);
  return db;
}

/**
 * Another page upgrades the schema: close so its upgrade is not blocked. disableAutoOpen: false lets this page's
 * next query open the database again (at the new version) instead of failing with DatabaseClosedError.
 */
export function closeWhenUpgradedElsewhere(db: Dexie): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
    return false;
  });
}

let shared: ReformDb | undefined;

/** The one database all pages and the service worker share (one IndexedDB per extension origin). */
export function getDb(): ReformDb {
  shared ??= openDb();
  return shared;
}
