import type { ReformDb } from '../../../db/database';
import { getSetting } from '../../../db/settings';
import { z } from '../../../z';

/** The paste box as typed, so closing the options page loses nothing. */
export const IMPORT_DRAFT_KEY = 'ledgers.importDraft';

const draft = z.object({ text: z.string() });

export async function loadDraft(db: ReformDb): Promise<string> {
  return (await getSetting(db, IMPORT_DRAFT_KEY, draft, { text: '' })).text;
}

export async function saveDraft(db: ReformDb, text: string): Promise<void> {
  if (text === '') await db.settings.delete(IMPORT_DRAFT_KEY);
  else await db.settings.put({ key: IMPORT_DRAFT_KEY, value: { text } });
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
