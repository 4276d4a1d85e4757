import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { NOW } from '../backup/fixture';
import { FAILURES, expectNothingChanged, failMidway, filledDb } from './inject';

let db: ReformDb;
afterEach(() => db?.delete());

describe.each(FAILURES)('seeding that fails midway with $name', (failure) => {
  it('after the first bundled ledgers were written, none of them stays', async () => {
    db = await filledDb('atomic-seed');
    failMidway(db.tasks, 'bulkAdd', failure.make, 3);
    await expectNothingChanged(db, () => seedLedgers(db, bundledLedgers(), NOW), failure);
  });

  it('when the ledger itself cannot be written, no task stays', async () => {
    db = await filledDb('atomic-seed-ledger');
    failMidway(db.ledgers, 'add', failure.make, 2);
    await expectNothingChanged(db, () => seedLedgers(db, bundledLedgers(), NOW), failure);
  });
});

it('the same seeding without a failure adds the bundled ledgers', async () => {
  db = await filledDb('atomic-seed-ok');
  expect((await seedLedgers(db, bundledLedgers(), NOW)).length).toBeGreaterThan(2);
});
