import { getDb } from '../../db/database';
import { settings } from '../../db/setting-keys';

export const readNoteDraft = (taskId: string) => settings.noteDrafts.at(taskId).getValue(getDb());

/** Saves what is typed so far; an empty draft is removed. Writes run in the order typed (one store, rw). */
export async function saveNoteDraft(taskId: string, text: string): Promise<void> {
  const draft = settings.noteDrafts.at(taskId);
  if (text === '') await draft.removeValue(getDb());
  else await draft.setValue(getDb(), text);
}
