import { getDb } from '../../db/database';
import { deleteLedger } from '../../db/ledger-edits';
import { settings } from '../../db/setting-keys';
import { SETTINGS_TABLE } from '../../db/setting';
import type { ReminderSettings } from '../../checklist/settings';
import { CHECKLIST_CHANGED, REMINDER_SETTINGS_CHANGED, tellBackground } from '../../background/messages';
import { closeOnboarding } from './state';

/** Deletes the unticked bundled ledgers in one transaction; deleteLedger remembers them as dismissed seeds. */
export async function dropLedgers(ids: Iterable<string>): Promise<void> {
  const list = [...ids];
  if (list.length === 0) return;
  const db = getDb();
  await db.transaction('rw', db.ledgers, db.tasks, SETTINGS_TABLE, async () => {
    for (const id of list) await deleteLedger(db, id);
  });
  await tellBackground(CHECKLIST_CHANGED);
}

/** The last step: stores the reminder choice and marks the guide as done. */
export async function finishGuide(reminder: ReminderSettings): Promise<void> {
  await settings.reminder.setValue(getDb(), reminder);
  await closeOnboarding(getDb(), 'done');
  await tellBackground(REMINDER_SETTINGS_CHANGED);
}

export const skipGuide = () => closeOnboarding(getDb(), 'skipped');
