import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { commitImport, type ImportTarget } from '../../lib/db/ledger-import';
import { ledgerRecord, taskRecord } from '../../lib/model/records';
import { detectColumns, type ColumnMapping } from '../../lib/ledger/table-import';
import { NOW, fillDb } from '../backup/fixture';
import { dumpAll } from './inject';

// Thousands of generated cases take seconds on a busy machine; a limit, not a speed check.
vi.setConfig({ testTimeout: 120_000 });

const HEADER = ['序号', '重点任务', '具体工作', '牵头部门', '配合部门', '完成时限'];
const cell = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc.constantFrom(
    '',
    ' ',
    '市卫健委、市医保局',
    '2020年底前',
    '每季度',
    '<script>alert(1)</script>',
    '=1+1',
    '\u0000',
    '\uD800',
    'x'.repeat(6000),
  ),
);
const rows = fc
  .tuple(fc.boolean(), fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 6 }))
  .map(([header, body]) => (header ? [HEADER, ...body] : body));
const randomMapping: fc.Arbitrary<ColumnMapping> = fc.record({
  headerRow: fc.integer({ min: -1, max: 3 }),
  columns: fc.record(
    {
      seq: fc.integer({ min: -1, max: 8 }),
      group: fc.nat(8),
      title: fc.integer({ min: -1, max: 8 }),
      lead: fc.nat(8),
      partners: fc.nat(8),
      deadline: fc.nat(8),
    },
    { requiredKeys: [] },
  ),
});
const ledgerDraft = fc.record({
  title: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('导入的台账')),
  issuer: fc.string({ maxLength: 5 }),
  docNumber: fc.option(fc.string({ maxLength: 5 })),
  issued: fc.option(fc.oneof(fc.constantFrom('2020-03-01', '2020-02-30', '2020'), fc.string({ maxLength: 10 }))),
  region: fc.string({ maxLength: 5 }),
});
const target: fc.Arbitrary<ImportTarget> = fc.oneof(
  ledgerDraft.map((ledger) => ({ kind: 'new' as const, ledger })),
  fc.constantFrom('sample-2020', 'gone').map((ledgerId) => ({ kind: 'existing' as const, ledgerId })),
);

let db: ReformDb;
beforeAll(async () => {
  db = openDb('properties-import');
  await fillDb(db);
});
afterAll(() => db.delete());

describe('table import into the database', () => {
  it('writes only valid records, all of them or nothing, whatever the table, mapping and target', async () => {
    let written = 0;
    await fc.assert(
      fc.asyncProperty(rows, fc.option(randomMapping), target, async (table, mapping, to) => {
        const before = await dumpAll(db);
        const useMapping = mapping ?? detectColumns(table) ?? { headerRow: -1, columns: { title: 0 } };
        const result = await commitImport(db, { rows: table, mapping: useMapping, target: to }, NOW).then(
          (r) => r,
          (e: unknown) => e as Error,
        );
        const after = await dumpAll(db);
        if (result instanceof Error) {
          expect(after).toEqual(before);
          expect(typeof result.message).toBe('string');
          return;
        }
        written += 1;
        for (const row of after.ledgers) ledgerRecord.parse(row);
        for (const row of after.tasks) taskRecord.parse(row);
        expect(after.tasks.length).toBe(before.tasks.length + result.tasks.length);
        expect(after.tasks.filter((t) => (t as { ledgerId: string }).ledgerId === result.ledger.id)).toEqual(
          expect.arrayContaining(result.tasks),
        );
      }),
      { numRuns: 300 },
    );
    // The property must also have exercised successful imports, not only refusals.
    expect(written).toBeGreaterThan(10);
  });
});
