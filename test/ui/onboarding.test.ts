import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { bundledDocuments } from '../../lib/ledger/bundled-documents';
import { documentChoice } from '../../lib/checklist/historic';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { applyDocuments, finishGuide, skipGuide } from '../../lib/ui/onboarding/actions';
import { readOnboarding } from '../../lib/ui/onboarding/state';

const NOW = Date.UTC(2025, 2, 31);
const seeds = bundledLedgers();

beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
  const db = getDb();
  await Promise.all([db.ledgers.clear(), db.tasks.clear(), settingsTable(db).clear(), db.documents.clear()]);
  // Seeded as on an install in 2019: the 2016 and 2017 documents are past, the later ones still current.
  await seedLedgers(db, seeds, NOW, { documents: bundledDocuments(), today: '2019-06-01' });
});
afterEach(() => vi.restoreAllMocks());

describe('first-run guide', () => {
  it('is offered until it is finished or skipped', async () => {
    expect(await readOnboarding(getDb())).toBeNull();
    await skipGuide();
    expect(await readOnboarding(getDb())).toBe('skipped');
  });

  it('the picker archives what the user did not pick and what is past, and brings a picked current document in', async () => {
    const db = getDb();
    const docs = await db.documents.toArray();
    const guyuan = docs.find((d) => d.id === 'doc-002-guyuan-2020')!;
    const wenzhou = docs.find((d) => d.id === 'doc-004-wenzhou-2016')!;
    const baishan = docs.find((d) => d.id === 'doc-003-baishan-2021')!;
    const ledgerOf = async (docId: string) => (await db.ledgers.where('documentId').equals(docId).toArray())[0];
    // Picked and current (2019: Guyuan's dates lie ahead), picked but past (Wenzhou 2016), not picked (Baishan).
    await applyDocuments(new Set([guyuan.id, wenzhou.id]), '2019-06-01');
    const tasksOf = async (docId: string) =>
      db.tasks
        .where('ledgerId')
        .equals((await ledgerOf(docId)).id)
        .toArray();
    expect((await ledgerOf(guyuan.id)).archived).toBe(0);
    expect((await tasksOf(guyuan.id)).every((t) => t.archived === 0)).toBe(true);
    for (const id of [wenzhou.id, baishan.id]) {
      expect((await ledgerOf(id)).archived).toBe(1);
      expect((await tasksOf(id)).every((t) => t.archived === 1)).toBe(true);
    }
    expect((await db.documents.get(guyuan.id))!.applies).toBe(1);
    expect((await db.documents.get(baishan.id))!.applies).toBe(0);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'checklist:changed' });
    // Nothing is deleted: every bundled ledger and task is still there to search.
    expect(await db.ledgers.count()).toBe(seeds.length);
    expect(await db.tasks.count()).toBe(seeds.reduce((n, s) => n + s.tasks.length, 0));

    // Un-picking later archives; the archive step is recorded in each task's history.
    await applyDocuments(new Set([wenzhou.id]), '2019-06-01');
    const tasks = await tasksOf(guyuan.id);
    expect(tasks.every((t) => t.archived === 1 && t.history.at(-1)?.action === 'archive')).toBe(true);
  });

  it('the stored choice is applied when the user changed nothing', async () => {
    await applyDocuments(undefined, '2019-06-01');
    const db = getDb();
    expect((await db.ledgers.toArray()).filter((l) => l.archived === 0).map((l) => l.id)).toEqual([]);
  });

  it('decides each document from picked, picked before and past', () => {
    expect(documentChoice(false, true, false)).toBe('archive');
    expect(documentChoice(true, false, true)).toBe('archive');
    expect(documentChoice(true, false, false)).toBe('current');
    // Picked before: a ledger the user restored or archived by hand is left as it is.
    expect(documentChoice(true, true, false)).toBe('unchanged');
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
