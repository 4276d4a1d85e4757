import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { ReformDb } from '../../lib/db/database';
import { commitImport } from '../../lib/db/ledger-import';
import { detectColumns, splitTableText } from '../../lib/ledger/table-import';
import { NOW } from '../backup/fixture';
import { FAILURES, expectNothingChanged, failMidway, filledDb } from './inject';

let db: ReformDb;
afterEach(() => db?.delete());

const rows = splitTableText(readFileSync('test/ledger/fixtures/guyuan-word.txt', 'utf8'));
const mapping = detectColumns(rows)!;
const newLedger = {
  kind: 'new' as const,
  ledger: { title: '固原市县域综合医改任务分工', issuer: '市医改办', docNumber: null, issued: null, region: '' },
};

describe.each(FAILURES)('table import that fails midway with $name', (failure) => {
  it('into a new ledger: neither the ledger nor any task is written', async () => {
    db = await filledDb('atomic-import-new');
    failMidway(db.tasks, 'bulkAdd', failure.make);
    await expectNothingChanged(db, () => commitImport(db, { rows, mapping, target: newLedger }, NOW), failure);
  });

  it('into an existing ledger: no task of the import is written', async () => {
    db = await filledDb('atomic-import-existing');
    failMidway(db.tasks, 'bulkAdd', failure.make);
    await expectNothingChanged(
      db,
      () => commitImport(db, { rows, mapping, target: { kind: 'existing', ledgerId: 'sample-2020' } }, NOW),
      failure,
    );
  });
});

it('the same import without a failure does write (the injection is what stopped it)', async () => {
  db = await filledDb('atomic-import-ok');
  const { tasks } = await commitImport(db, { rows, mapping, target: newLedger }, NOW);
  expect(await db.tasks.count()).toBe(3 + tasks.length);
});
