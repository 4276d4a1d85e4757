import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { catalogWithTargets, saveTargetEdit } from '../../lib/db/custom-indicators';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { bundledDocuments } from '../../lib/ledger/bundled-documents';
import { bundledTargetRecords } from '../../lib/indicators/bundled-targets';
import { listIndicators } from '../../lib/indicators/catalog';
import { keyTargets, mergeTargetEdit, newTargetKey, targetFields } from '../../lib/indicators/target-edit';
import { EditConflict, rebase } from '../../lib/model/edit-merge';
import type { CatalogTarget } from '../../lib/model/indicator/schema';

/** Page A (the options page) and page B (a second tab) each open the target editor of one indicator. */
const NOW = Date.UTC(2026, 2, 10);
const ID = 'in-county-visit-rate';
let pages: ReformDb[] = [];
let n = 0;

async function twoPages(): Promise<[ReformDb, ReformDb]> {
  const name = `merged-targets-${++n}`;
  const a = openDb(name);
  const documents = bundledDocuments();
  await seedLedgers(a, bundledLedgers(), NOW, {
    documents,
    today: '2026-03-10',
    targets: bundledTargetRecords(listIndicators(), documents, NOW),
  });
  pages = [a, openDb(name)];
  return [a, pages[1]!];
}
afterEach(async () => {
  pages[0]?.close();
  await pages[1]?.delete();
});

/** What the editor shows when it opens: the indicator's targets as every page computes them. */
async function targetsOf(db: ReformDb): Promise<CatalogTarget[]> {
  const defs = await db.transaction('r', [db.indicators, db.targets, db.documents], () => catalogWithTargets(db));
  return defs.find((d) => d.id === ID)!.targets;
}

/** The editor's rows as opened: each target with the key it goes by. */
const opened = async (db: ReformDb) => keyTargets(await targetsOf(db)).map(([, t]) => t);
const values = (targets: CatalogTarget[]) => targets.map((t) => (t.op === 'between' ? t.min : t.value));
const conflictOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as EditConflict,
  );

describe('two pages editing the same indicator’s targets keep both changes', () => {
  it('one changes a document target, the other adds one: both are kept, the untouched target too', async () => {
    const [a, b] = await twoPages();
    const rowsA = await opened(a);
    const rowsB = await opened(b);
    const baseA = targetFields(rowsA);
    const baseB = targetFields(rowsB);
    expect(values(rowsA)).toEqual([90, 90]);

    // A raises the first target; B (opened before A saved) adds a 2027 target of its own.
    await saveTargetEdit(a, ID, [{ ...rowsA[0]!, value: 92 } as CatalogTarget, rowsA[1]!], baseA);
    const added: CatalogTarget = { op: '>=', value: 95, by: '2027-12', source: null, clause: '', key: newTargetKey() };
    await saveTargetEdit(b, ID, [...rowsB, added], baseB);

    const now = await targetsOf(a);
    expect(values(now)).toEqual([92, 90, 95]);
    // The document targets keep their document and clause whatever their value became.
    expect(now[0]).toMatchObject({ source: rowsA[0]!.source, clause: rowsA[0]!.clause, by: rowsA[0]!.by });
    expect(now[2]).toMatchObject({ by: '2027-12', source: null });
  });

  it('the documents’ targets alone are no conflict: saving an unchanged form writes what it shows', async () => {
    const [a] = await twoPages();
    const rows = await opened(a);
    await saveTargetEdit(a, ID, rows, targetFields(rows));
    expect(values(await targetsOf(a))).toEqual([90, 90]);
    // Opened again after the save (now stored as the user's own targets), the keys still match: no conflict.
    const again = await opened(a);
    await saveTargetEdit(a, ID, [{ ...again[1]!, by: '2022-12' } as CatalogTarget, again[0]!], targetFields(again));
    expect((await targetsOf(a)).map((t) => t.by)).toEqual(['2018-12', '2022-12']);
  });

  it('both change the same target differently: nothing is written, both values are reported, the choice then saves', async () => {
    const [a, b] = await twoPages();
    const rowsA = await opened(a);
    const rowsB = await opened(b);
    const baseB = targetFields(rowsB);
    await saveTargetEdit(a, ID, [rowsA[0]!, { ...rowsA[1]!, value: 93 } as CatalogTarget], targetFields(rowsA));

    const mineB = [rowsB[0]!, { ...rowsB[1]!, value: 94 } as CatalogTarget];
    const conflict = await conflictOf(saveTargetEdit(b, ID, mineB, baseB));
    expect(conflict).toBeInstanceOf(EditConflict);
    const [field] = conflict!.fields;
    expect(conflict!.fields).toHaveLength(1);
    expect(field).toMatchObject({ theirs: { value: 93 }, mine: { value: 94 } });
    expect(values(await targetsOf(a))).toEqual([90, 93]);

    // B keeps its own value after seeing both: saved over A's, the other target untouched.
    await saveTargetEdit(b, ID, mineB, rebase(baseB, conflict!));
    expect(values(await targetsOf(a))).toEqual([90, 94]);
  });

  it('one removes a target the other changed: a conflict, not a silent removal', async () => {
    const [a, b] = await twoPages();
    const rowsA = await opened(a);
    const rowsB = await opened(b);
    await saveTargetEdit(a, ID, [{ ...rowsA[0]!, value: 91 } as CatalogTarget, rowsA[1]!], targetFields(rowsA));
    const conflict = await conflictOf(saveTargetEdit(b, ID, [rowsB[1]!], targetFields(rowsB)));
    expect(conflict?.fields).toMatchObject([{ theirs: { value: 91 }, mine: null }]);
    expect(values(await targetsOf(a))).toEqual([91, 90]);
  });

  it('a document target with a clause longer than a definition keeps is stored with its clause cut, not refused', () => {
    const long: CatalogTarget = { op: '>=', value: 60, by: '2025-12', source: '某县方案', clause: '县'.repeat(800) };
    const [kept] = mergeTargetEdit([long], [long], targetFields([long]));
    expect(kept!.clause).toHaveLength(500);
    const [changed] = mergeTargetEdit([long], [{ ...long, value: 65 }], targetFields([long]));
    expect(changed).toMatchObject({ value: 65, clause: '县'.repeat(500), key: kept!.key });
  });

  it('without a base the form’s targets replace all (the merge is the three-way comparison of edit-merge)', () => {
    const stored: CatalogTarget[] = [{ op: '>=', value: 1, by: null, source: null, clause: '' }];
    const mine: CatalogTarget[] = [{ op: '<=', value: 2, by: null, source: null, clause: '', key: 'n1' }];
    expect(mergeTargetEdit(stored, mine, undefined)).toEqual([
      { op: '<=', value: 2, by: null, source: null, clause: '', key: 'n1' },
    ]);
  });
});
