import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { getDb } from '../../lib/db/database';
import { readNoteDraft, saveNoteDraft } from '../../lib/ui/reliability/note-draft-store';

afterEach(() => settingsTable(getDb()).clear());

describe('note drafts', () => {
  it('keeps the last text typed for each task, and forgets an emptied one', async () => {
    await Promise.all(['已', '已召', '已召开'].map((text) => saveNoteDraft('t#1', text)));
    await saveNoteDraft('t#2', '另一条');
    expect(await readNoteDraft('t#1')).toBe('已召开');
    expect(await readNoteDraft('t#2')).toBe('另一条');
    await saveNoteDraft('t#1', '');
    expect(await readNoteDraft('t#1')).toBe('');
    expect(await settingsTable(getDb()).get(settings.noteDrafts.prefix + 't#1')).toBeUndefined();
  });

  it('reads a damaged draft (too long, not text) as no draft', async () => {
    await settingsTable(getDb()).put({ key: settings.noteDrafts.prefix + 't#3', value: 42 });
    expect(await readNoteDraft('t#3')).toBe('');
  });
});
