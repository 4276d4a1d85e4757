import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { SETTINGS_TABLE, settingsTable, type SettingFamily, type SettingItem } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';

let db: ReformDb;
let n = 0;
const fresh = () => (db = openDb(`setting-keys-${++n}`));
afterEach(async () => {
  await db?.delete();
});

const isFamily = (s: object): s is SettingFamily<unknown> => 'at' in s;
/** Every stored key of the registry: single settings as they are, each family at one sample key. */
const ITEMS: Array<[string, SettingItem<unknown>]> = Object.entries(settings).map(([name, s]) => [
  name,
  (isFamily(s) ? s.at(`sample.${name}`) : s) as SettingItem<unknown>,
]);

/** Values a bad restore, an old version or a hand-edited backup could leave: none fits every schema. */
const BAD: unknown[] = [{ bogus: [] }, 'x'.repeat(25_000), -1, [1, 'a', null], true, 1.5, ''];

describe('every stored setting', () => {
  it('is listed once, under its own key', () => {
    const keys = ITEMS.map(([, item]) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(16);
  });

  it.each(ITEMS)('%s falls back when the stored value does not fit, and never throws on it', async (_, item) => {
    fresh();
    for (const bad of BAD) {
      await settingsTable(db).put({ key: item.key, value: bad });
      const read = await item.getValue(db);
      // Either the value was valid for this key after all (then it is written back unchanged) or the fallback.
      if (read !== item.fallback) await expect(item.setValue(db, read)).resolves.toBeUndefined();
    }
    await settingsTable(db).put({ key: item.key, value: { bogus: [] } });
    expect(await item.getValue(db)).toEqual(item.fallback);
    expect(await item.hasValue(db)).toBe(true);
    await item.removeValue(db);
    expect(await item.hasValue(db)).toBe(false);
    expect(await item.getValue(db)).toEqual(item.fallback);
  });

  it.each(ITEMS)('%s refuses to store a bad value and keeps what was there', async (_, item) => {
    fresh();
    await expect(item.setValue(db, { bogus: [] } as never)).rejects.toThrow();
    expect(await item.hasValue(db)).toBe(false);
  });
});

describe('a setting', () => {
  it('round-trips a valid value, also inside a transaction that reads and writes other settings', async () => {
    fresh();
    await db.transaction('rw', SETTINGS_TABLE, async () => {
      await settings.badgeDays.setValue(db, 14);
      await settings.dismissedSeeds.setValue(db, [...(await settings.dismissedSeeds.getValue(db)), 'a']);
      await settings.filters.setValue(db, { departments: ['卫健局'], ledgerId: null, search: '' });
    });
    expect(await settings.badgeDays.getValue(db)).toBe(14);
    expect(await settings.dismissedSeeds.getValue(db)).toEqual(['a']);
    expect((await settings.filters.getValue(db)).departments).toEqual(['卫健局']);
  });

  it('is read in a live query that follows writes from another connection', async () => {
    fresh();
    const other = openDb(db.name);
    const seen: number[] = [];
    const sub = liveQuery(() => settings.reportCycle.getValue(db)).subscribe((c) => seen.push(c.dueDay));
    await expect.poll(() => seen).toEqual([25]);
    await settings.reportCycle.setValue(other, { kind: 'month', dueDay: 20, remindDays: 3 });
    await expect.poll(() => seen).toEqual([25, 20]);
    sub.unsubscribe();
    other.close();
  });

  it('of a family takes and puts back the rows under one sub-prefix only', async () => {
    fresh();
    const drafts = settings.indicatorDrafts;
    await drafts.at('u1.2025-01').setValue(db, { a: '1' });
    await drafts.at('u1.2025-02').setValue(db, { a: '2' });
    await drafts.at('u10.2025-01').setValue(db, { a: '3' });
    const taken = await drafts.takeRows(db, 'u1.');
    expect(taken.map((r) => r.key)).toEqual(['indicators.draft.u1.2025-01', 'indicators.draft.u1.2025-02']);
    expect(await drafts.at('u1.2025-01').hasValue(db)).toBe(false);
    expect(await drafts.at('u10.2025-01').getValue(db)).toEqual({ a: '3' });
    await drafts.putRows(db, taken);
    expect(await drafts.at('u1.2025-02').getValue(db)).toEqual({ a: '2' });
    await expect(drafts.putRows(db, [{ key: 'checklist.badgeDays', value: 1 }])).rejects.toThrow(RangeError);
  });
});
