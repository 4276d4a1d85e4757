import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { openDb, type ReformDb } from '../../lib/db/database';
import { saveMonthFigures } from '../../lib/db/figures';
import { saveDraft } from '../../lib/ui/indicators/drafts';
import { allUnits, createUnit, deleteUnit, undoDeleteUnit, updateUnit } from '../../lib/db/units';
import { failureText } from '../helpers/fake-i18n';

const NOW = Date.UTC(2025, 2, 15);
let db: ReformDb;
let n = 0;
const fresh = () => (db = openDb(`units-${++n}`));
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

describe('units', () => {
  it('creates a county with member units under it and lists them in creation order', async () => {
    fresh();
    const county = await createUnit(db, { name: ' 某县 ', parentId: null }, NOW);
    const a = await createUnit(db, { name: '甲镇卫生院', parentId: county.id }, NOW + 1);
    expect(county.name).toBe('某县');
    expect(a.parentId).toBe(county.id);
    expect((await allUnits(db)).map((u) => u.name)).toEqual(['某县', '甲镇卫生院']);
  });

  it('refuses an empty name, an unknown parent and a parent below the unit itself', async () => {
    fresh();
    expect(await failureText(createUnit(db, { name: '  ', parentId: null }))).toContain('单位名称不能为空');
    expect(await failureText(createUnit(db, { name: '甲院', parentId: 'unit-missing' }))).toContain('上级单位不存在');
    const county = await createUnit(db, { name: '某县', parentId: null }, NOW);
    const child = await createUnit(db, { name: '甲院', parentId: county.id }, NOW + 1);
    expect(await failureText(updateUnit(db, county.id, { name: '某县', parentId: child.id }))).toContain(
      '不能是本单位或其下级单位',
    );
    expect(await failureText(updateUnit(db, county.id, { name: '某县', parentId: county.id }))).toContain(
      '不能是本单位或其下级单位',
    );
    expect((await db.units.get(county.id))?.parentId).toBeNull();
  });

  it('renames and moves a unit', async () => {
    fresh();
    const a = await createUnit(db, { name: '甲县', parentId: null }, NOW);
    const b = await createUnit(db, { name: '乙院', parentId: null }, NOW + 1);
    await updateUnit(db, b.id, { name: '乙镇卫生院', parentId: a.id });
    expect(await db.units.get(b.id)).toMatchObject({ name: '乙镇卫生院', parentId: a.id, createdAt: NOW + 1 });
  });
});

async function countyWithFigures() {
  fresh();
  const top = await createUnit(db, { name: '某县', parentId: null }, NOW);
  const mid = await createUnit(db, { name: '医共体', parentId: top.id }, NOW + 1);
  const leaf = await createUnit(db, { name: '甲院', parentId: mid.id }, NOW + 2);
  await saveMonthFigures(db, mid.id, '2025-01', { population: 2000 }, NOW);
  await saveMonthFigures(db, mid.id, '2025-02', { population: 2200 }, NOW);
  await saveMonthFigures(db, leaf.id, '2025-01', { population: 900 }, NOW);
  await saveDraft(db, mid.id, '2025-03', { population: '2,3' });
  await saveDraft(db, leaf.id, '2025-03', { population: '950' });
  return { top, mid, leaf };
}

const byId = <T extends { id: string }>(xs: T[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));

describe('deleting a unit', () => {
  it('removes its figures, moves its children up, and undo puts everything back', async () => {
    const { top, mid, leaf } = await countyWithFigures();
    const before = { units: await db.units.toArray(), figures: await db.figures.toArray() };
    const deleted = await deleteUnit(db, mid.id);
    expect(deleted.figures).toHaveLength(2);
    expect(await db.units.get(mid.id)).toBeUndefined();
    expect(await db.figures.where('unitId').equals(mid.id).count()).toBe(0);
    expect((await db.units.get(leaf.id))?.parentId).toBe(top.id);
    expect(await db.figures.where('unitId').equals(leaf.id).count()).toBe(1);
    expect((await settingsTable(db).toArray()).map((s) => s.key)).toEqual([`indicators.draft.${leaf.id}.2025-03`]);

    await undoDeleteUnit(db, deleted);
    expect(byId(await db.units.toArray())).toEqual(byId(before.units));
    expect(byId(await db.figures.toArray())).toEqual(byId(before.figures));
    expect(await settingsTable(db).count()).toBe(2);
  });

  it('changes nothing when a step fails half-way (one transaction)', async () => {
    const { mid } = await countyWithFigures();
    const units = db.units;
    vi.spyOn(units, 'delete').mockRejectedValueOnce(new Error('disk full'));
    await expect(deleteUnit(db, mid.id)).rejects.toThrow('disk full');
    expect(await db.figures.where('unitId').equals(mid.id).count()).toBe(2);
    expect(await db.units.get(mid.id)).toBeDefined();
  });

  it('says so when the unit is already gone', async () => {
    fresh();
    expect(await failureText(deleteUnit(db, 'unit-none'))).toContain('单位不存在');
  });
});
