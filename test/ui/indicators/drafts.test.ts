import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../../lib/db/setting';
import { openDb, type ReformDb } from '../../../lib/db/database';
import { clearDraft, loadDraft, loadView, saveDraft, saveView } from '../../../lib/ui/indicators/drafts';

let db: ReformDb;
let name = '';
let n = 0;
afterEach(async () => {
  await db?.delete();
});

describe('drafts as typed', () => {
  it('keep invalid text exactly as typed and survive closing the page (a new connection)', async () => {
    name = `drafts-${++n}`;
    db = openDb(name);
    await saveDraft(db, 'unit-a', '2025-02', { signed: '-5', population: '2,200' });
    await saveDraft(db, 'unit-b', '2025-02', { signed: '1' });
    db.close();
    db = openDb(name);
    expect(await loadDraft(db, 'unit-a', '2025-02')).toEqual({ signed: '-5', population: '2,200' });
    expect(await loadDraft(db, 'unit-a', '2025-03')).toBeNull();
  });

  it('are cleared for that unit and month only once the month is saved', async () => {
    db = openDb(`drafts-${++n}`);
    await saveDraft(db, 'unit-a', '2025-02', { signed: '700' });
    await saveDraft(db, 'unit-a', '2025-03', { signed: '710' });
    await clearDraft(db, 'unit-a', '2025-02');
    expect(await loadDraft(db, 'unit-a', '2025-02')).toBeNull();
    expect(await loadDraft(db, 'unit-a', '2025-03')).toEqual({ signed: '710' });
  });

  it('remember the unit and month in view, falling back when the stored value is broken', async () => {
    db = openDb(`drafts-${++n}`);
    const fallback = { unitId: null, month: '2025-01' };
    expect(await loadView(db, fallback)).toEqual(fallback);
    await saveView(db, { unitId: 'unit-a', month: '2025-02' });
    expect(await loadView(db, fallback)).toEqual({ unitId: 'unit-a', month: '2025-02' });
    await settingsTable(db).put({ key: 'indicators.view', value: { unitId: 'unit-a', month: 'Feb' } });
    expect(await loadView(db, fallback)).toEqual(fallback);
  });
});
