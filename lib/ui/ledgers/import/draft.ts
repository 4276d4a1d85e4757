import type { ReformDb } from '../../../db/database';
import type { SettingItem } from '../../../db/setting';
import { settings } from '../../../db/setting-keys';

/** Where a paste box keeps its text: the import screen's (the default) or 添加文件's (settings.documentDraft). */
export type PasteDraft = SettingItem<{ text: string }>;

/** The paste box as typed (settings.importDraft), so closing the options page loses nothing. */
export async function loadDraft(db: ReformDb, draft: PasteDraft = settings.importDraft): Promise<string> {
  return (await draft.getValue(db)).text;
}

export async function saveDraft(db: ReformDb, text: string, draft: PasteDraft = settings.importDraft): Promise<void> {
  if (text === '') await draft.removeValue(db);
  else await draft.setValue(db, { text });
}

/**
 * Writes run one at a time and only the newest waiting value is written next: typing into a 5 MB paste writes
 * at most twice at once, never once per keystroke in a growing queue.
 */
export function latestOnly(write: (text: string) => Promise<void>) {
  let running: Promise<void> | null = null;
  let waiting: string | null = null;
  const run = async (text: string): Promise<void> => {
    try {
      await write(text);
    } catch (e) {
      console.warn('import draft', e);
    }
    const next = waiting;
    waiting = null;
    running = next === null ? null : run(next);
    return running ?? undefined;
  };
  return (text: string): Promise<void> => {
    if (running) {
      waiting = text;
      return running;
    }
    running = run(text);
    return running;
  };
}
