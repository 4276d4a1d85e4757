import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { saveMonthFigures } from '../../lib/db/figures';
import { updateLedger, type LedgerDraft } from '../../lib/db/ledger-edits';
import { updateUnit, type UnitDraft } from '../../lib/db/units';
import { EditConflict, planEdit, rebase } from '../../lib/model/edit-merge';
import type { LedgerRecord, UnitRecord } from '../../lib/model/records';
import { fillDb } from '../backup/fixture';
import { failureText } from '../helpers/fake-i18n';

/** Page A (the options page) and page B (a second tab) are two Dexie connections to one database. */
let pages: ReformDb[] = [];
let n = 0;
async function twoPages(): Promise<[ReformDb, ReformDb]> {
  const name = `merged-records-${++n}`;
  const a = openDb(name);
  await fillDb(a);
  pages = [a, openDb(name)];
  return [a, pages[1]];
}
afterEach(async () => {
  pages[0]?.close();
  await pages[1]?.delete();
});

const conflictOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as EditConflict,
  );

describe('the three-way comparison every edit form saves with', () => {
  it('writes only what the user changed, keeps the other page, and reports a field both changed differently', () => {
    const base = { a: 1, b: 'x', c: [1] };
    const stored = { a: 2, b: 'x', c: [1, 2] };
    const mine = { a: 1, b: 'y', c: [1, 3] };
    expect(planEdit(stored, mine, base, ['a', 'b', 'c'])).toEqual({
      patch: { b: 'y' },
      conflicts: [{ field: 'c', theirs: [1, 2], mine: [1, 3] }],
    });
    // Both pages typing the same value is no conflict; without a base every field of the form is written.
    expect(planEdit({ a: 5 }, { a: 5 }, { a: 1 }, ['a'])).toEqual({ patch: { a: 5 }, conflicts: [] });
    expect(planEdit({ a: 2, b: 'x' }, { a: 1, b: 'x' }, undefined, ['a', 'b']).patch).toEqual({ a: 1, b: 'x' });
    // Missing and null are the same value.
    expect(planEdit({}, { a: null }, {}, ['a'])).toEqual({ patch: {}, conflicts: [] });
  });

  it('continues from the other page’s values after a conflict, so saving again keeps the choice', async () => {
    const conflict = new EditConflict([{ field: 'a', theirs: 2, mine: 3 }], { a: 'errFieldTitle' });
    expect(await failureText(Promise.reject(conflict))).toMatch(/另一个页面.*任务内容/);
    expect(rebase({ a: 1, b: 1 }, conflict)).toEqual({ a: 2, b: 1 });
  });
});

describe('two pages editing the same month of figures keep both changes', () => {
  const month = '2024-03';
  it('page A saving one figure keeps the figure page B saved meanwhile', async () => {
    const [a, b] = await twoPages();
    const opened = (await a.figures.get('hospital:2024-03'))!.values; // { visits: 1200, beds: null }
    await saveMonthFigures(b, 'hospital', month, { visits: 1300, beds: null }, 1, opened);
    await saveMonthFigures(a, 'hospital', month, { visits: 1200, beds: 80 }, 2, opened);
    const record = (await a.figures.where('[unitId+month]').equals(['hospital', month]).first())!;
    expect(record.values).toEqual({ visits: 1300, beds: 80 });
    expect(record.history.map((h) => h.values)).toEqual([opened, { visits: 1300, beds: null }]);
  });

  it('page A saving the figure page B changed writes nothing and names both values', async () => {
    const [a, b] = await twoPages();
    const opened = (await a.figures.get('hospital:2024-03'))!.values;
    await saveMonthFigures(b, 'hospital', month, { visits: 1300, beds: null }, 1, opened);
    const before = await a.figures.toArray();
    const conflict = await conflictOf(saveMonthFigures(a, 'hospital', month, { visits: 1250, beds: 80 }, 2, opened));
    expect(conflict).toBeInstanceOf(EditConflict);
    expect(conflict!.fields).toEqual([{ field: 'visits', theirs: 1300, mine: 1250 }]);
    // Not even the other, unconflicted figure was written: the form saves as one.
    expect(await a.figures.toArray()).toEqual(before);
    // The user keeps "mine": the form continues from theirs and saves again.
    await saveMonthFigures(a, 'hospital', month, { visits: 1250, beds: 80 }, 3, rebase(opened, conflict!));
    expect((await a.figures.get('hospital:2024-03'))!.values).toEqual({ visits: 1250, beds: 80 });
  });

  it('a month page B created after page A opened the empty form merges too', async () => {
    const [a, b] = await twoPages();
    await saveMonthFigures(b, 'hospital', '2024-04', { visits: 900 }, 1, {});
    await saveMonthFigures(a, 'hospital', '2024-04', { visits: null, beds: 70 }, 2, {});
    expect((await a.figures.where('[unitId+month]').equals(['hospital', '2024-04']).first())!.values).toEqual({
      visits: 900,
      beds: 70,
    });
  });
});

const ledgerForm = (l: LedgerRecord): LedgerDraft => ({
  title: l.title,
  issuer: l.issuer,
  docNumber: l.docNumber,
  issued: l.issued,
  region: l.region,
});

describe('two pages editing the same ledger keep both changes', () => {
  it('page A renaming keeps the issuer page B changed meanwhile', async () => {
    const [a, b] = await twoPages();
    const base = ledgerForm((await a.ledgers.get('sample-2020'))!);
    await updateLedger(b, 'sample-2020', { ...base, issuer: '某县人民政府', base });
    await updateLedger(a, 'sample-2020', { ...base, title: '示例台账（修订）', base });
    const ledger = (await a.ledgers.get('sample-2020'))!;
    expect([ledger.title, ledger.issuer]).toEqual(['示例台账（修订）', '某县人民政府']);
  });

  it('page A renaming what page B renamed writes nothing and names both values', async () => {
    const [a, b] = await twoPages();
    const base = ledgerForm((await a.ledgers.get('sample-2020'))!);
    await updateLedger(b, 'sample-2020', { ...base, title: '乙页面的名称', base });
    const conflict = await conflictOf(
      updateLedger(a, 'sample-2020', { ...base, title: '甲页面的名称', region: '某市', base }),
    );
    expect(conflict!.fields).toEqual([{ field: 'title', theirs: '乙页面的名称', mine: '甲页面的名称' }]);
    expect(await failureText(Promise.reject(conflict))).toMatch(/台账名称/);
    const ledger = (await a.ledgers.get('sample-2020'))!;
    expect([ledger.title, ledger.region]).toEqual(['乙页面的名称', base.region]);
  });
});

const unitForm = (u: UnitRecord): UnitDraft => ({ name: u.name, parentId: u.parentId });

describe('two pages editing the same unit keep both changes', () => {
  it('page A moving the unit keeps the name page B gave it meanwhile', async () => {
    const [a, b] = await twoPages();
    const base = unitForm((await a.units.get('hospital'))!);
    await updateUnit(b, 'hospital', { ...base, name: '县人民医院（总院）', base });
    await updateUnit(a, 'hospital', { ...base, parentId: null, base });
    expect(unitForm((await a.units.get('hospital'))!)).toEqual({ name: '县人民医院（总院）', parentId: null });
  });

  it('page A renaming what page B renamed writes nothing and names both values', async () => {
    const [a, b] = await twoPages();
    const base = unitForm((await a.units.get('hospital'))!);
    await updateUnit(b, 'hospital', { ...base, name: '乙页面的名称', base });
    const conflict = await conflictOf(updateUnit(a, 'hospital', { name: '甲页面的名称', parentId: null, base }));
    expect(conflict!.fields).toEqual([{ field: 'name', theirs: '乙页面的名称', mine: '甲页面的名称' }]);
    expect(unitForm((await a.units.get('hospital'))!)).toEqual({ name: '乙页面的名称', parentId: 'county' });
  });
});
