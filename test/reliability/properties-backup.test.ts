import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { openDb, type ReformDb } from '../../lib/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { BACKUP_FORMAT, makeBackup, serializeBackup, type BackupFile } from '../../lib/backup/format';
import { BACKUP_TABLES, TABLE_KEYS, TABLE_SCHEMAS, type BackupTable } from '../../lib/backup/tables';
import { readBackup } from '../../lib/backup/validate';
import { NOW, fillDb } from '../backup/fixture';
import { dumpAll } from './inject';
import { validTables } from './valid-records';

// Thousands of generated cases take seconds on a busy machine; a limit, not a speed check.
vi.setConfig({ testTimeout: 120_000 });

/** Whatever readBackup accepts must be restorable: every record valid, no primary key twice. */
function expectRestorable(tables: Record<BackupTable, unknown[]>) {
  for (const table of BACKUP_TABLES) {
    for (const row of tables[table]) expect(TABLE_SCHEMAS[table].safeParse(row).success).toBe(true);
    const keys = tables[table]
      .map((r) => (r as Record<string, unknown>)[TABLE_KEYS[table]])
      .filter((k) => k !== undefined);
    expect(new Set(keys).size).toBe(keys.length);
  }
}

function check(text: string) {
  const result = readBackup(text, CURRENT_SCHEMA_VERSION);
  if (result.ok) expectRestorable(result.backup.tables);
  else expect(result.error).toMatch(/[\u4e00-\u9fff]/);
  return result;
}

let real: BackupFile;
let db: ReformDb;
beforeAll(async () => {
  db = openDb('properties-backup');
  await fillDb(db);
  real = await exportBackup(db, NOW);
});
afterAll(() => db.delete());

/** A path into the real backup and a replacement: a value changed, removed, or a record doubled. */
const mutation = fc.record({
  table: fc.constantFrom(...BACKUP_TABLES, 'format', 'schemaVersion', 'exportedAt', 'extra'),
  row: fc.nat(5),
  field: fc.constantFrom(
    'id',
    'key',
    'title',
    'ledgerId',
    'done',
    'due',
    'notes',
    'values',
    'month',
    'at',
    'value',
    'lead',
    'history',
    'zzz',
  ),
  value: fc.oneof(
    fc.jsonValue(),
    fc.constant(undefined),
    fc.constantFrom('', '2024-02-30', -1, 2, Number.MAX_VALUE, '<img src=x onerror=alert(1)>'),
  ),
  kind: fc.constantFrom('set', 'delete', 'duplicate', 'replace-row', 'replace-table'),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(backup: BackupFile, m: Mutation): unknown {
  const copy = structuredClone(backup) as unknown as Record<string, unknown> & { tables: Record<string, unknown[]> };
  if (!(m.table in copy.tables)) {
    if (m.kind === 'delete') delete copy[m.table];
    else copy[m.table] = m.value;
    return copy;
  }
  const rows = copy.tables[m.table];
  if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null)) {
    copy.tables[m.table] = m.value as unknown[];
    return copy;
  }
  const index = rows.length === 0 ? 0 : m.row % rows.length;
  if (m.kind === 'replace-table') copy.tables[m.table] = m.value as unknown[];
  else if (m.kind === 'replace-row') rows[index] = m.value;
  else if (rows.length === 0) rows.push(m.value);
  else if (m.kind === 'duplicate') rows.push(structuredClone(rows[index]));
  else if (m.kind === 'delete') delete (rows[index] as Record<string, unknown>)[m.field];
  else (rows[index] as Record<string, unknown>)[m.field] = m.value;
  return copy;
}

describe('restore file properties', () => {
  it('any text at all: never throws, and a refusal says why in Chinese', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => void check(text)),
      { numRuns: 3000 },
    );
  });

  it('any JSON inside a backup envelope: never throws, never accepts an invalid record', () => {
    const envelope = fc.record({
      format: fc.oneof(fc.constant(BACKUP_FORMAT), fc.jsonValue()),
      schemaVersion: fc.oneof(fc.constant(CURRENT_SCHEMA_VERSION), fc.jsonValue()),
      exportedAt: fc.oneof(fc.constant('2024-05-06T02:30:00.000Z'), fc.jsonValue()),
      tables: fc.dictionary(
        fc.constantFrom(...BACKUP_TABLES, 'other'),
        fc.oneof(fc.array(fc.jsonValue(), { maxLength: 3 }), fc.jsonValue()),
      ),
    });
    fc.assert(
      fc.property(envelope, (file) => void check(JSON.stringify(file))),
      { numRuns: 3000 },
    );
  });

  it('a real backup with one or more random changes: never throws, never accepts an invalid record', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (changes) => {
        const mutated = changes.reduce<unknown>((b, m) => mutate(b as BackupFile, m), real);
        check(JSON.stringify(mutated));
      }),
      { numRuns: 3000 },
    );
  });

  it('a backup of any valid records reads back exactly the same records', () => {
    fc.assert(
      fc.property(validTables, (tables) => {
        const result = readBackup(
          serializeBackup(makeBackup(tables, CURRENT_SCHEMA_VERSION, new Date(NOW))),
          CURRENT_SCHEMA_VERSION,
        );
        expect(result.ok && result.backup.tables).toEqual(tables);
      }),
      { numRuns: 500 },
    );
  });

  it('restoring such a backup and backing up again gives the same records', async () => {
    await fc.assert(
      fc.asyncProperty(validTables, async (tables) => {
        const read = readBackup(
          serializeBackup(makeBackup(tables, CURRENT_SCHEMA_VERSION, new Date(NOW))),
          CURRENT_SCHEMA_VERSION,
        );
        if (!read.ok) throw new Error(read.error);
        await restoreBackup(db, read.backup, undefined, []);
        const stored = await dumpAll(db);
        for (const table of BACKUP_TABLES) expect(stored[table], table).toEqual(sortByKey(table, tables[table]));
      }),
      { numRuns: 60 },
    );
  });
});

/** IndexedDB returns records in primary-key order. */
function sortByKey(table: BackupTable, rows: unknown[]): unknown[] {
  const key = (r: unknown) => (r as Record<string, unknown>)[TABLE_KEYS[table]] as string | number;
  return [...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
