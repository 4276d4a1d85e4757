import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { deleteUnit } from '../../lib/db/units';
import { NOW } from '../backup/fixture';
import { FAILURES, expectNothingChanged, failMidway, filledDb } from './inject';

let db: ReformDb;
afterEach(() => db?.delete());

/** The county has its own figures and a child (the hospital) that moves up when the county is deleted. */
async function countyWithFigures() {
  db = await filledDb('atomic-unit');
  await db.figures.add({
    id: 'county:2024-03',
    unitId: 'county',
    month: '2024-03',
    values: { visits: 5000 },
    history: [],
    updatedAt: NOW,
  });
  await db.figures.add({
    id: 'county:2024-04',
    unitId: 'county',
    month: '2024-04',
    values: { visits: 5100 },
    history: [],
    updatedAt: NOW,
  });
}

describe.each(FAILURES)('unit deletion that fails midway with $name', (failure) => {
  it('while its figures are being deleted: the unit and every figure stay', async () => {
    await countyWithFigures();
    failMidway(db.figures, 'bulkDelete', failure.make);
    await expectNothingChanged(db, () => deleteUnit(db, 'county'), failure);
  });

  it('after its figures were deleted and its children moved: all of it is back', async () => {
    await countyWithFigures();
    failMidway(db.units, 'delete', failure.make);
    await expectNothingChanged(db, () => deleteUnit(db, 'county'), failure);
  });
});

it('the same deletion without a failure removes the unit and its figures', async () => {
  await countyWithFigures();
  await deleteUnit(db, 'county');
  expect(await db.figures.where('unitId').equals('county').count()).toBe(0);
  expect((await db.units.get('hospital'))?.parentId).toBeNull();
});
