import type { Dexie, Transaction } from 'dexie';
import { RECORD_UPGRADES } from '../model/upgrades';

export { CURRENT_SCHEMA_VERSION } from '../model/upgrades';

/** Every schema version, oldest first. A new version appends here, with its record step in lib/model/upgrades.ts. */
export const SCHEMA_VERSIONS: Array<{ version: number; stores: Record<string, string> }> = [
  {
    version: 1,
    stores: {
      ledgers: 'id, origin, updatedAt',
      tasks: 'id, ledgerId, [done+due], *lead, updatedAt',
      units: 'id, parentId',
      figures: 'id, unitId, month, [unitId+month]',
      indicators: 'id',
      snapshots: '++id, at',
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      ledgers: 'id, origin, updatedAt, documentId',
      tasks: 'id, ledgerId, [done+due], [archived+done+due], *lead, *partners, updatedAt',
      units: 'id, parentId',
      figures: 'id, unitId, month, [unitId+month]',
      indicators: 'id',
      snapshots: '++id, at',
      settings: 'key',
      documents: 'id, origin',
      targets: 'id, indicatorId, documentId',
      reports: 'id, taskId, ledgerId, department, periodStart, [ledgerId+periodStart]',
      bulletins: 'id, ledgerId, issuedAt',
      aliases: 'alias, canonical',
    },
  },
];

/** Runs a version's record step on the stored records, the same step an older backup goes through on restore. */
async function upgradeRecords(tx: Transaction, version: number): Promise<void> {
  const step = RECORD_UPGRADES.find((s) => s.version === version);
  if (!step) return;
  for (const [table, upgrade] of Object.entries(step.records)) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Record<string, unknown>) => {
        Object.assign(row, upgrade(row));
      });
  }
}

/** Declares every version up to `upTo` (all by default) with its upgrade step. */
export function applySchema(db: Dexie, upTo = Number.POSITIVE_INFINITY): void {
  for (const { version, stores } of SCHEMA_VERSIONS.filter((s) => s.version <= upTo)) {
    const v = db.version(version).stores(stores);
    if (version > 1) v.upgrade((tx) => upgradeRecords(tx, version));
  }
}
