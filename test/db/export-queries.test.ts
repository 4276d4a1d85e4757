import { describe, expect, it } from 'vitest';
import { settings } from '../../lib/db/setting-keys';
import { openDb } from '../../lib/db/database';
import { latestFigureMonth, loadExportPage, loadExportSources } from '../../lib/db/export-queries';
import { listIndicators } from '../../lib/indicators/catalog';
import { figure, unit } from '../export/fixture';

let n = 0;

describe('export sources', () => {
  it('reads the catalog with the user’s targets, units, figures and the badge window', async () => {
    const db = openDb(`export-queries-${++n}`);
    const first = listIndicators()[0];
    await db.indicators.put({
      id: first.id,
      def: { id: first.id, targets: [{ op: '>=', value: 90, by: null, source: null, clause: '' }] },
      updatedAt: 1,
    });
    await db.units.bulkAdd([unit('b', '乙镇'), unit('a', '甲镇')]);
    await db.figures.bulkAdd([figure('a', '2026-01', { signed: 1 }), figure('b', '2026-03', { signed: 2 })]);
    await settings.badgeDays.setValue(db, 14);

    const sources = await loadExportSources(db);
    expect(sources.defs).toHaveLength(listIndicators().length);
    expect(sources.defs[0].targets).toEqual([{ op: '>=', value: 90, by: null, source: null, clause: '' }]);
    expect(sources.units.map((u) => u.id)).toEqual(['a', 'b']);
    expect(sources.figures).toHaveLength(2);
    expect(sources.soonDays).toBe(14);
    expect(await latestFigureMonth(db)).toBe('2026-03');
  });

  it('defaults to the checklist’s 7-day window and no month on an empty database', async () => {
    const db = openDb(`export-queries-${++n}`);
    expect((await loadExportSources(db)).soonDays).toBe(7);
    expect(await latestFigureMonth(db)).toBeNull();
  });

  it('reads what the export tab shows in one go: sources, the last export, how many, the latest month', async () => {
    const db = openDb(`export-queries-${++n}`);
    await db.units.add(unit('a', '甲镇'));
    await db.figures.add(figure('a', '2026-02', { signed: 1 }));
    const record = {
      at: 2000,
      asOf: '2026-03-02',
      counts: { done: 1 },
      doneTaskIds: ['t1'],
      overdueTaskIds: [],
      indicators: [],
    };
    await db.snapshots.bulkAdd([{ ...record, at: 1000 }, record]);
    const page = await loadExportPage(db);
    expect(page.sources.units.map((u) => u.id)).toEqual(['a']);
    expect(page.last).toMatchObject({ at: 2000, asOf: '2026-03-02' });
    expect(page.exports).toBe(2);
    expect(page.latestMonth).toBe('2026-02');
  });
});
