import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { setDone } from '../../lib/db/task-actions';
import { NOW } from '../backup/fixture';
import { FAILURES, expectNothingChanged, failMidway, filledDb } from './inject';

let db: ReformDb;
afterEach(() => db?.delete());
const ids = ['sample-2020#1', 'sample-2020#2', 'sample-2020#3'];

describe.each(FAILURES)('bulk check-off that fails midway with $name', (failure) => {
  it('checking off three tasks: none is marked done', async () => {
    db = await filledDb('atomic-check-off');
    failMidway(db.tasks, 'bulkPut', failure.make);
    await expectNothingChanged(db, () => setDone(db, ids, true, '2024-05-06', NOW), failure);
  });

  it('reopening three tasks (undo): none is reopened', async () => {
    db = await filledDb('atomic-reopen');
    await setDone(db, ids, true, '2024-05-06', NOW);
    failMidway(db.tasks, 'bulkPut', failure.make);
    await expectNothingChanged(db, () => setDone(db, ids, false, '2024-05-06', NOW), failure);
  });
});

it('the same check-off without a failure marks all three', async () => {
  db = await filledDb('atomic-check-off-ok');
  await setDone(db, ids, true, '2024-05-06', NOW);
  expect((await db.tasks.bulkGet(ids)).map((t) => t?.done)).toEqual([1, 1, 1]);
});
