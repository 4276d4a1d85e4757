import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { dropLedgers, finishGuide, skipGuide } from '../../lib/ui/onboarding/actions';
import { readOnboarding } from '../../lib/ui/onboarding/state';

const NOW = Date.UTC(2025, 2, 31);
const seeds = bundledLedgers();

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  const db = getDb();
  await Promise.all([db.ledgers.clear(), db.tasks.clear(), settingsTable(db).clear()]);
  await seedLedgers(db, seeds, NOW);
});
afterEach(() => vi.restoreAllMocks());

describe('first-run guide', () => {
  it('is offered until it is finished or skipped', async () => {
    expect(await readOnboarding(getDb())).toBeNull();
    await skipGuide();
    expect(await readOnboarding(getDb())).toBe('skipped');
  });

  it('deletes only the unticked bundled ledgers with their tasks, and keeps them from coming back', async () => {
    const [gone, kept] = [seeds[0].id, seeds[1].id];
    await dropLedgers(new Set([gone]));
    const db = getDb();
    expect(await db.ledgers.get(gone)).toBeUndefined();
    expect(await db.tasks.where('ledgerId').equals(gone).count()).toBe(0);
    expect(await db.ledgers.get(kept)).toBeDefined();
    expect((await settingsTable(db).get(settings.dismissedSeeds.key))?.value).toEqual([gone]);
    // An update re-seeds: the dismissed ledger stays deleted.
    expect(await seedLedgers(db, seeds, NOW)).toEqual([]);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'checklist:changed' });
  });

  it('changes nothing when every ledger is kept', async () => {
    await dropLedgers(new Set());
    expect(await getDb().ledgers.count()).toBe(seeds.length);
    expect(fakeBrowser.runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('stores the reminder choice, marks the guide done and tells the service worker', async () => {
    await finishGuide({ enabled: false, time: '17:30' });
    expect(await settings.reminder.getValue(getDb())).toEqual({ enabled: false, time: '17:30' });
    expect(await readOnboarding(getDb())).toBe('done');
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'checklist:reminder-settings' });
  });

  it('rejects a malformed reminder time without marking the guide done', async () => {
    await expect(finishGuide({ enabled: true, time: '25:00' })).rejects.toThrow();
    expect(await readOnboarding(getDb())).toBeNull();
  });
});
