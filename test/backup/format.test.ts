import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, backupFileName, makeBackup, serializeBackup } from '../../lib/backup/format';
import { BACKUP_TABLES, TABLE_KEYS } from '../../lib/backup/tables';
import { countTables, restoreSummary } from '../../lib/backup/summary';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../lib/db/migrations';

const emptyTables = () =>
  Object.fromEntries(BACKUP_TABLES.map((t) => [t, [] as unknown[]])) as Record<
    (typeof BACKUP_TABLES)[number],
    unknown[]
  >;

describe('backup format', () => {
  it('covers exactly the tables of the current schema, with their primary keys', () => {
    const stores = SCHEMA_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)!.stores;
    expect([...BACKUP_TABLES].sort()).toEqual(Object.keys(stores).sort());
    for (const table of BACKUP_TABLES) {
      const primary = stores[table].split(',')[0].trim().replace(/^\+\+/, '');
      expect(TABLE_KEYS[table], table).toBe(primary);
    }
  });

  it('names the file with the local date and time, zero-padded', () => {
    expect(backupFileName(new Date(2024, 0, 5, 9, 7))).toBe('医改台账备份-20240105-0907.json');
    expect(backupFileName(new Date(2025, 11, 31, 23, 59))).toBe('医改台账备份-20251231-2359.json');
  });

  it('writes the versioned envelope and reads back as the same JSON', () => {
    const tables = { ...emptyTables(), settings: [{ key: 'a', value: 1 }] };
    const backup = makeBackup(tables, 3, new Date(Date.UTC(2024, 4, 6, 2, 30)));
    expect(backup).toEqual({ format: BACKUP_FORMAT, schemaVersion: 3, exportedAt: '2024-05-06T02:30:00.000Z', tables });
    expect(JSON.parse(serializeBackup(backup))).toEqual(backup);
  });

  it('summarises counts per table now and in the file', () => {
    const incoming = countTables({ ...emptyTables(), ledgers: [{}, {}], tasks: [{}] });
    const current = { ...countTables(emptyTables()), ledgers: 6, tasks: 204 };
    const summary = restoreSummary(current, incoming);
    expect(summary.map((r) => r.table)).toEqual([...BACKUP_TABLES]);
    expect(summary.find((r) => r.table === 'ledgers')).toEqual({ table: 'ledgers', current: 6, incoming: 2 });
    expect(summary.find((r) => r.table === 'tasks')).toEqual({ table: 'tasks', current: 204, incoming: 1 });
  });
});
