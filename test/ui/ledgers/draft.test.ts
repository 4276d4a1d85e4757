import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../../lib/db/setting';
import { settings } from '../../../lib/db/setting-keys';
import { openDb, type ReformDb } from '../../../lib/db/database';
import { latestOnly, loadDraft, saveDraft } from '../../../lib/ui/ledgers/import/draft';

let db: ReformDb;
afterEach(() => db?.delete());

/** A promise the test opens by hand (Promise.withResolvers needs Node 22). */
function gated() {
  let open: (() => void) | undefined;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, resolve: () => open?.() };
}

describe('import draft', () => {
  it('keeps the paste in the settings table and forgets it when emptied', async () => {
    db = openDb('draft-test');
    expect(await loadDraft(db)).toBe('');
    await saveDraft(db, '序号\t工作任务');
    expect(await loadDraft(db)).toBe('序号\t工作任务');
    await saveDraft(db, '');
    expect(await settingsTable(db).get(settings.importDraft.key)).toBeUndefined();
  });

  it('keeps the 添加文件 paste under its own key, apart from the import screen’s', async () => {
    db = openDb('draft-test');
    await saveDraft(db, '序号\t工作任务');
    await saveDraft(db, '关于印发某县方案的通知', settings.documentDraft);
    expect(await loadDraft(db)).toBe('序号\t工作任务');
    expect(await loadDraft(db, settings.documentDraft)).toBe('关于印发某县方案的通知');
    await saveDraft(db, '', settings.documentDraft);
    expect(await settingsTable(db).get(settings.documentDraft.key)).toBeUndefined();
    expect(await loadDraft(db)).toBe('序号\t工作任务');
  });

  it('writes one at a time, skipping values that were replaced while waiting', async () => {
    const written: string[] = [];
    const gate = gated();
    const save = latestOnly(async (text) => {
      written.push(text);
      if (text === 'a') await gate.promise;
    });
    const first = save('a');
    void save('ab');
    const last = save('abc');
    gate.resolve();
    await Promise.all([first, last]);
    expect(written).toEqual(['a', 'abc']);
    await save('abcd');
    expect(written).toEqual(['a', 'abc', 'abcd']);
  });
});
