import { getDb } from '../../db/database';
import { chooseDocuments } from '../../db/archive';
import { localDay } from '../../model/calendar';
import { settings } from '../../db/setting-keys';
import type { ReminderSettings } from '../../checklist/settings';
import { CHECKLIST_CHANGED, REMINDER_SETTINGS_CHANGED, tellBackground } from '../../background/messages';
import { closeOnboarding } from './state';

/**
 * Stores which documents apply (undefined: the choice as stored) and opens the others' ledgers, and those of
 * documents whose dates are all past, as 归档, in one transaction; the badge follows.
 */
export async function applyDocuments(
  picked: ReadonlySet<string> | undefined,
  today: string = localDay(),
): Promise<void> {
  const db = getDb();
  const picks = picked ?? (await db.documents.filter((d) => d.applies === 1).primaryKeys());
  await chooseDocuments(db, picks, today);
  await tellBackground(CHECKLIST_CHANGED);
}

/** The last step: stores the reminder choice and marks the guide as done. */
export async function finishGuide(reminder: ReminderSettings): Promise<void> {
  await settings.reminder.setValue(getDb(), reminder);
  await closeOnboarding(getDb(), 'done');
  await tellBackground(REMINDER_SETTINGS_CHANGED);
}

export const skipGuide = () => closeOnboarding(getDb(), 'skipped');
