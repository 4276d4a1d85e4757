import { getDb } from '../../db/database';
import { getSetting, setSetting } from '../../db/settings';
import { noteDraft, noteDraftKey } from '../../reliability/note-draft';

export const readNoteDraft = (taskId: string) => getSetting(getDb(), noteDraftKey(taskId), noteDraft, '');

/** Saves what is typed so far; an empty draft is removed. Writes run in the order typed (one store, rw). */
export async function saveNoteDraft(taskId: string, text: string): Promise<void> {
  if (text === '') await getDb().settings.delete(noteDraftKey(taskId));
  else await setSetting(getDb(), noteDraftKey(taskId), noteDraft, text);
}
