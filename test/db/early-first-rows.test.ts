import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_NAME, openDb, type ReformDb } from '../../lib/db/database';
import { readEarlyFirstRows } from '../../lib/db/early-first-rows';
import { firstRowsFromEarly, loadFirstRows } from '../../lib/db/checklist-queries';
import { settings } from '../../lib/db/setting-keys';
import { NATIVE_SETTINGS, valueOf } from '../../lib/db/setting-native';
import { FIRST_ROWS, initialLimits } from '../../lib/checklist/row-limits';
import { DEFAULT_FILTERS } from '../../lib/checklist/settings';
import type { OverdueOrder } from '../../lib/checklist/period';
import { addDays } from '../../lib/model/calendar';
import { makeLedger, makeTask } from '../checklist/task-fixture';
import { firstStepFromEarly } from '../../lib/ui/checklist/checklist-data';

/**
 * The rows the popup's classic script reads with IndexedDB itself, before Dexie loads, stand in for the page's
 * first query until that answers: they must be the very rows that query gives, or none at all.
 */
const TODAY = '2025-06-15';
let db: ReformDb | undefined;

beforeEach(async () => {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = resolve;
  });
});
afterEach(async () => {
  await db?.delete();
  db = undefined;
});

/** Twenty tasks in each dated section and some in none, in the one database the pages share. */
async function seeded(): Promise<ReformDb> {
  db = openDb();
  const dated = (days: number, n: number) =>
    Array.from({ length: n }, (_, i) => makeTask({ title: `${days}天-${i}`, due: addDays(TODAY, days + i) }));
  await db.ledgers.bulkAdd([makeLedger('ledger-a', '甲县医改台账')]);
  await db.tasks.bulkAdd([
    ...dated(-150, 20),
    ...dated(2, 5),
    ...dated(10, 20),
    ...dated(40, 20),
    makeTask({ title: '去年逾期', due: '2024-12-31' }),
    makeTask({ title: '已归档', due: addDays(TODAY, 3), archived: 1 }),
    makeTask({ title: '已完成', due: addDays(TODAY, 3), done: 1, doneAt: TODAY }),
    makeTask({ title: '待定', due: '', deadlineKind: 'open', deadlineText: '长期坚持' }),
  ]);
  return db;
}

const titles = (view: { sections: Record<string, { rows: { task: { title: string } }[] }> }) =>
  Object.fromEntries(Object.entries(view.sections).map(([id, s]) => [id, s.rows.map((r) => r.task.title)]));

describe('readEarlyFirstRows', () => {
  it.each<OverdueOrder>(['recent', 'oldest'])(
    'gives the same first rows as the live query, overdue order %s',
    async (overdueOrder) => {
      const database = await seeded();
      await settings.overdueOrder.setValue(database, overdueOrder);
      const read = await readEarlyFirstRows(TODAY, FIRST_ROWS);
      expect(read).not.toBeNull();
      const query = {
        today: TODAY,
        filters: valueOf(NATIVE_SETTINGS.filters, read!.settings),
        overdueOrder: valueOf(NATIVE_SETTINGS.overdueOrder, read!.settings),
        limits: initialLimits(),
      };
      expect(query.overdueOrder).toBe(overdueOrder);
      const early = firstRowsFromEarly(read!, query);
      const live = await loadFirstRows(database, query);
      expect(early).not.toBeNull();
      expect(titles(early!)).toEqual(titles(live));
      expect(early!.sections.overdue.rows).toHaveLength(FIRST_ROWS);
      expect(early!.pending).toEqual(live.pending);
      expect([...early!.ledgerTitles]).toEqual([...live.ledgerTitles]);
    },
  );

  it('is dropped when a filter is on, the day has turned or more rows are asked for', async () => {
    const database = await seeded();
    await settings.filters.setValue(database, { ...DEFAULT_FILTERS, ledgerId: 'ledger-a' });
    const read = (await readEarlyFirstRows(TODAY, FIRST_ROWS))!;
    expect(firstStepFromEarly(read, TODAY, initialLimits())).toBeNull();
    const unfiltered = { ...read, settings: {} };
    expect(firstStepFromEarly(unfiltered, TODAY, initialLimits())).not.toBeNull();
    expect(firstStepFromEarly(unfiltered, addDays(TODAY, 1), initialLimits())).toBeNull();
    expect(firstStepFromEarly(unfiltered, TODAY, { ...initialLimits(), week: FIRST_ROWS + 50 })).toBeNull();
    expect(firstStepFromEarly(unfiltered, TODAY, { ...initialLimits(), done: FIRST_ROWS })).toBeNull();
  });

  it('falls back on the stored settings the registry would not accept', async () => {
    const database = await seeded();
    const read = (await readEarlyFirstRows(TODAY, FIRST_ROWS))!;
    const step = firstStepFromEarly(
      { ...read, settings: { [NATIVE_SETTINGS.overdueOrder.key]: 'sideways', [NATIVE_SETTINGS.filters.key]: 7 } },
      TODAY,
      initialLimits(),
    );
    expect(step?.overdueOrder).toBe(await settings.overdueOrder.getValue(database));
    expect(step?.filters).toEqual(DEFAULT_FILTERS);
  });

  it('reads nothing and creates no database before the extension has made one', async () => {
    expect(await readEarlyFirstRows(TODAY, FIRST_ROWS)).toBeNull();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(DB_NAME);
    // The extension's own first open then builds the schema as on any fresh install.
    db = openDb();
    await db.tasks.add(makeTask({ title: '第一条', due: TODAY }));
    expect((await readEarlyFirstRows(TODAY, FIRST_ROWS))?.rows.week.map((t) => t.title)).toEqual(['第一条']);
  });

  it('does not hold back another page that upgrades the schema', async () => {
    await seeded();
    db!.close();
    const reading = readEarlyFirstRows(TODAY, FIRST_ROWS);
    // A newer version opened meanwhile (an update installed while the popup opens) must not be blocked for good.
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(DB_NAME, 10_000);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    upgraded.close();
    await reading;
    // A database of a version this code does not know is left to Dexie.
    expect(await readEarlyFirstRows(TODAY, FIRST_ROWS)).toBeNull();
  });
});
