/**
 * Record-level steps between schema versions. The database upgrade (lib/db/migrations.ts) and the restore of an
 * older backup (lib/backup/validate.ts) run the same step, so a backup from any earlier version restores.
 */
type Row = Record<string, unknown>;

export interface RecordUpgrade {
  /** The version this step upgrades to, from the one before it. */
  version: number;
  /** Per table: the record as the new version stores it. Fields already present are kept. */
  records: Record<string, (row: Row) => Row>;
  /** Tables this version adds; an older backup restores them empty. */
  addedTables: string[];
}

export const RECORD_UPGRADES: RecordUpgrade[] = [
  {
    version: 2,
    records: {
      tasks: (t) => ({ leaders: [], milestones: [], progress: null, archived: 0, source: null, clause: null, ...t }),
      ledgers: (l) => ({ documentId: null, archived: 0, ...l }),
    },
    addedTables: ['documents', 'targets', 'reports', 'bulletins', 'aliases'],
  },
];

export const CURRENT_SCHEMA_VERSION =
  RECORD_UPGRADES.length === 0 ? 1 : RECORD_UPGRADES[RECORD_UPGRADES.length - 1].version;

/** Brings every table of a backup written at `fromVersion` to the current version; the input is not changed. */
export function upgradeTables(tables: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  const out: Record<string, unknown> = { ...tables };
  for (const step of RECORD_UPGRADES) {
    if (step.version <= fromVersion) continue;
    for (const [table, upgrade] of Object.entries(step.records)) {
      const rows = out[table];
      if (Array.isArray(rows))
        out[table] = rows.map((r) =>
          r !== null && typeof r === 'object' && !Array.isArray(r) ? upgrade(r as Row) : r,
        );
    }
    for (const table of step.addedTables) if (!(table in out)) out[table] = [];
  }
  return out;
}
