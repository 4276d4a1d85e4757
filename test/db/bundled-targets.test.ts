import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { catalogWithTargets, saveTargets } from '../../lib/db/custom-indicators';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { bundledDocuments } from '../../lib/ledger/bundled-documents';
import { bundledTargetRecords } from '../../lib/indicators/bundled-targets';
import { listIndicators } from '../../lib/indicators/catalog';
import { targetTimeline } from '../../lib/indicators/target-timeline';
import { indicatorResults } from '../../lib/ui/indicators/results';
import { targetRecord } from '../../lib/model/records';
import type { IndicatorDef } from '../../lib/model/indicator/schema';
import type { MonthlyEntry } from '../../lib/model/indicator/aggregate';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { serializeBackup } from '../../lib/backup/format';
import { readBackup } from '../../lib/backup/validate';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';

let db: ReformDb;
let n = 0;
afterEach(() => db?.delete());
const NOW = Date.UTC(2026, 2, 10);

/** The same month of figures for any indicator: its first input 45, the others 100. */
const entriesFor = (def: IndicatorDef): MonthlyEntry[] => [
  { month: '2021-03', values: Object.fromEntries(def.inputs.map((input, i) => [input.key, i === 0 ? 45 : 100])) },
];

async function install(target: ReformDb) {
  const documents = bundledDocuments();
  await seedLedgers(target, bundledLedgers(), NOW, {
    documents,
    today: '2026-03-10',
    targets: bundledTargetRecords(listIndicators(), documents, NOW),
  });
}

describe('the bundled documents’ targets live in the targets table', () => {
  it('every target of the catalog becomes a record with its document, clause and deadline', () => {
    const records = bundledTargetRecords(listIndicators(), bundledDocuments(), NOW);
    const catalogCount = listIndicators().reduce((sum, d) => sum + d.targets.length, 0);
    expect(records).toHaveLength(catalogCount);
    for (const r of records) expect(targetRecord.parse(r)).toEqual(r);
    expect(records.find((r) => r.indicatorId === 'personnel-expenditure-share')).toMatchObject({
      documentId: 'doc-002-guyuan-2020',
      op: 'between',
      value: 35,
      max: 50,
      by: '2021-12',
      clause: expect.stringContaining('35%-50%'),
    });
  });

  it('are seeded on install once, and the calculator reads the same targets from them, each with its document', async () => {
    db = openDb(`bundled-targets-${++n}`);
    await install(db);
    const seeded = await db.targets.count();
    expect(seeded).toBe(bundledTargetRecords(listIndicators(), bundledDocuments(), NOW).length);
    await install(db);
    expect(await db.targets.count()).toBe(seeded);

    const defs = await db.transaction('r', [db.indicators, db.targets, db.documents], () => catalogWithTargets(db));
    const catalog = listIndicators();
    expect(defs.map((d) => d.id)).toEqual(catalog.map((d) => d.id));
    for (const def of defs) {
      const before = catalog.find((d) => d.id === def.id)!;
      // Same bounds and deadlines as the hand-built catalog: no target lost, none doubled.
      const shape = (t: (typeof def.targets)[number]) => ({ ...t, source: null, issued: undefined });
      expect(def.targets.map(shape)).toEqual(before.targets.map(shape));
      for (const t of def.targets) expect(t.source).not.toMatch(/\.txt$/);
    }
    const inCounty = defs.find((d) => d.id === 'in-county-visit-rate')!;
    expect(inCounty.targets.map((t) => t.source)).toEqual([
      '温州市深化医药卫生体制综合改革先行先试实施方案',
      '固原市全面开展县（区）域综合医改实施方案',
    ]);
    // Point 4 holds: in 2021 the 2021 target applies and 2018's is history.
    const in2021 = targetTimeline(inCounty.targets, '2021-03');
    expect(in2021.current).toMatchObject({ value: 90, by: '2021-12' });
    expect(in2021.history.map((t) => t.by)).toEqual(['2018-12']);

    // The calculator's results are those it gives on the catalog itself.
    const results = (list: typeof defs) =>
      indicatorResults(list, entriesFor, '2021-03').map((r) => [
        r.def.id,
        r.target.op,
        r.expired,
        r.next?.by ?? null,
        r.evaluation.status,
        r.evaluation.gap,
      ]);
    expect(results(defs)).toEqual(results(catalog));
  });

  it('are backed up and restored with the rest of the data', async () => {
    db = openDb(`bundled-targets-${++n}`);
    await install(db);
    // Through the file, as a user restores it: written, then read and validated.
    const read = readBackup(serializeBackup(await exportBackup(db, NOW)), CURRENT_SCHEMA_VERSION);
    if (!read.ok) throw new Error(read.error);
    const backup = read.backup;
    const other = openDb(`bundled-targets-${++n}`);
    try {
      await restoreBackup(other, backup);
      expect((await other.targets.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        (await db.targets.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
      );
    } finally {
      await other.delete();
    }
  });

  it('a target the user set by hand replaces the bundled ones of that indicator', async () => {
    db = openDb(`bundled-targets-${++n}`);
    await install(db);
    await saveTargets(db, 'signing-coverage', [{ op: '>=', value: 75, by: '2026-12', source: null, clause: '' }]);
    const defs = await db.transaction('r', [db.indicators, db.targets, db.documents], () => catalogWithTargets(db));
    expect(defs.find((d) => d.id === 'signing-coverage')!.targets).toEqual([
      { op: '>=', value: 75, by: '2026-12', source: null, clause: '' },
    ]);
  });
});
