import type { Dexie } from 'dexie';

/** Every schema version, oldest first. A new version appends here and gets its own upgrade test. */
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
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export function applySchema(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
