import type { ReformDb } from './database';
import type { FigureRecord, LedgerRecord, TaskRecord, UnitRecord } from '../model/records';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';
import { catalogWithTargets } from './custom-indicators';
import { countSnapshots, lastSnapshot } from './snapshots';
import type { IndicatorDef } from '../model/indicator/schema';

export interface ExportSources {
  ledgers: LedgerRecord[];
  tasks: TaskRecord[];
  units: UnitRecord[];
  figures: FigureRecord[];
  defs: IndicatorDef[];
  /** The checklist's badge window, so "due soon" in a report means what it means on the badge. */
  soonDays: number;
}

/** Everything a snapshot is built from, read in one transaction so the report is one consistent moment. */
export function loadExportSources(db: ReformDb): Promise<ExportSources> {
  const tables = [db.ledgers, db.tasks, db.units, db.figures, db.indicators, db.targets, db.documents, SETTINGS_TABLE];
  return db.transaction('r', tables, async () => ({
    ledgers: await db.ledgers.orderBy('id').toArray(),
    tasks: await db.tasks.toArray(),
    units: (await db.units.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id)),
    figures: await db.figures.toArray(),
    defs: await catalogWithTargets(db),
    soonDays: await settings.badgeDays.getValue(db),
  }));
}

/**
 * The sources, the last export, the number of exports and the latest month with figures, read one after the
 * other in one transaction: a liveQuery running several transactions side by side intermittently lost its
 * transaction (Dexie's PrematureCommitError) and then stopped updating the export tab.
 */
export function loadExportPage(db: ReformDb) {
  return db.transaction(
    'r',
    [db.ledgers, db.tasks, db.units, db.figures, db.indicators, db.targets, db.documents, SETTINGS_TABLE, db.snapshots],
    async () => {
      const sources = await loadExportSources(db);
      const last = await lastSnapshot(db);
      const exports = await countSnapshots(db);
      const latestMonth = await latestFigureMonth(db);
      return { sources, last, exports, latestMonth };
    },
  );
}

/** The most recent month with any figures, to preselect the report month. */
export async function latestFigureMonth(db: ReformDb): Promise<string | null> {
  const last = await db.figures.orderBy('month').last();
  return last?.month ?? null;
}
