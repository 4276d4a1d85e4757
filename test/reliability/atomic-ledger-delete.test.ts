import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import type { ReformDb } from '../../lib/db/database';
import { deleteLedger } from '../../lib/db/ledger-edits';
import { FAILURES, expectNothingChanged, failMidway, filledDb } from './inject';

let db: ReformDb;
afterEach(() => db?.delete());

describe.each(FAILURES)('ledger deletion that fails midway with $name', (failure) => {
  it('while its tasks are being deleted: the ledger and every task stay', async () => {
    db = await filledDb('atomic-ledger-tasks');
    failMidway(db.tasks, 'bulkDelete', failure.make);
    await expectNothingChanged(db, () => deleteLedger(db, 'sample-2020'), failure);
  });

  it('while remembering a seed as dismissed (the last write): the ledger and its tasks stay', async () => {
    db = await filledDb('atomic-ledger-dismiss');
    failMidway(settingsTable(db), 'put', failure.make);
    await expectNothingChanged(db, () => deleteLedger(db, 'sample-2020'), failure);
  });
});

it('the same deletion without a failure removes the ledger and its tasks', async () => {
  db = await filledDb('atomic-ledger-ok');
  await deleteLedger(db, 'sample-2020');
  expect(await db.tasks.where('ledgerId').equals('sample-2020').count()).toBe(0);
});
