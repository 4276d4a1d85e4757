import { getDb } from '../../db/database';
import type { NewDocument, SavedDocument } from '../../db/documents';
import { localDay } from '../../model/calendar';
import { CHECKLIST_CHANGED, tellBackground } from '../../background/messages';

/** Writes a confirmed document (all or nothing; the database code loads only now) and wakes the badge. */
export async function saveDocument(input: NewDocument): Promise<SavedDocument> {
  const { addDocument } = await import('../../db/documents');
  const saved = await addDocument(getDb(), input, localDay(new Date()));
  if (saved.tasks.length > 0) await tellBackground(CHECKLIST_CHANGED);
  return saved;
}
