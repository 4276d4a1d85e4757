import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { figureId, saveMonthFigures, unitFigures } from '../../lib/db/figures';
import { createUnit } from '../../lib/db/units';
import { failureText } from '../helpers/fake-i18n';

const T1 = Date.UTC(2025, 1, 3);
const T2 = Date.UTC(2025, 1, 4);
const T3 = Date.UTC(2025, 1, 5);
let db: ReformDb;
let n = 0;
afterEach(async () => {
  await db?.delete();
});
async function withUnit() {
  db = openDb(`figures-${++n}`);
  return (await createUnit(db, { name: '甲镇卫生院', parentId: null }, T1)).id;
}

describe('saving a month of figures', () => {
  it('stores raw values per unit and month, without history on the first save', async () => {
    const unit = await withUnit();
    const saved = await saveMonthFigures(db, unit, '2025-02', { population: 2200, signed: 700 }, T1);
    expect(saved).toEqual({
      id: figureId(unit, '2025-02'),
      unitId: unit,
      month: '2025-02',
      values: { population: 2200, signed: 700 },
      history: [],
      updatedAt: T1,
    });
    expect(await unitFigures(db, unit)).toEqual([saved]);
  });

  it('appends the replaced values to the history on each change, and keeps other inputs', async () => {
    const unit = await withUnit();
    await saveMonthFigures(db, unit, '2025-02', { population: 2200, signed: 650 }, T1);
    await saveMonthFigures(db, unit, '2025-02', { signed: 700 }, T2);
    const third = await saveMonthFigures(db, unit, '2025-02', { signed: 720, managed: null }, T3);
    expect(third.values).toEqual({ population: 2200, signed: 720, managed: null });
    expect(third.history).toEqual([
      { at: T1, values: { population: 2200, signed: 650 } },
      { at: T2, values: { population: 2200, signed: 700 } },
    ]);
    expect(third.updatedAt).toBe(T3);
  });

  it('updates a month stored under another id instead of adding a second record for it', async () => {
    const unit = await withUnit();
    await db.figures.put({
      id: `legacy-${unit}-2025-02`,
      unitId: unit,
      month: '2025-02',
      values: { population: 2200 },
      history: [],
      updatedAt: T1,
    });
    await saveMonthFigures(db, unit, '2025-02', { signed: 700 }, T2);
    const stored = await unitFigures(db, unit);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ id: `legacy-${unit}-2025-02`, values: { population: 2200, signed: 700 } });
  });

  it('writes no history entry when nothing changed', async () => {
    const unit = await withUnit();
    await saveMonthFigures(db, unit, '2025-02', { signed: 700 }, T1);
    const again = await saveMonthFigures(db, unit, '2025-02', { signed: 700 }, T2);
    expect(again.history).toEqual([]);
    expect(again.updatedAt).toBe(T1);
  });

  it('validates with zod: refuses a negative value and a malformed month, and keeps the stored record', async () => {
    const unit = await withUnit();
    await saveMonthFigures(db, unit, '2025-02', { signed: 700 }, T1);
    await expect(saveMonthFigures(db, unit, '2025-02', { signed: -1 }, T2)).rejects.toThrow();
    expect(await failureText(saveMonthFigures(db, unit, '2025-13', { signed: 1 }, T2))).toContain(
      '月份格式应为 YYYY-MM',
    );
    expect(await failureText(saveMonthFigures(db, 'unit-none', '2025-02', { signed: 1 }, T2))).toContain('单位不存在');
    expect((await db.figures.get(figureId(unit, '2025-02')))?.values).toEqual({ signed: 700 });
  });
});
