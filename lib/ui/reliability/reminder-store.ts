import { getDb } from '../../db/database';
import { readLastBackupAt } from '../../db/backup';
import { getSetting, setSetting } from '../../db/settings';
import {
  DEFAULT_REMINDER_DAYS,
  REMINDER_DAYS_KEY,
  REMINDER_SINCE_KEY,
  REMINDER_SNOOZED_UNTIL_KEY,
  epochMs,
  reminderDays,
  snoozeUntil,
  type ReminderState,
} from '../../reliability/backup-reminder';

/** Reads everything the reminder needs in one go (inside a liveQuery, so a backup made elsewhere hides it). */
export async function readReminderState(): Promise<ReminderState> {
  const db = getDb();
  const [lastBackupAt, since, days, snoozedUntil] = await Promise.all([
    readLastBackupAt(db),
    getSetting(db, REMINDER_SINCE_KEY, epochMs, null),
    getSetting(db, REMINDER_DAYS_KEY, reminderDays, DEFAULT_REMINDER_DAYS),
    getSetting(db, REMINDER_SNOOZED_UNTIL_KEY, epochMs, null),
  ]);
  return { lastBackupAt, since, days, snoozedUntil };
}

/** Starts the reminder's clock the first time a page shows it; later calls leave it alone. */
export async function startReminderClock(now = Date.now()): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.settings, async () => {
    if (!(await db.settings.get(REMINDER_SINCE_KEY))) await setSetting(db, REMINDER_SINCE_KEY, epochMs, now);
  });
}

export const snoozeReminder = (now = Date.now()) => setSetting(getDb(), REMINDER_SNOOZED_UNTIL_KEY, epochMs, snoozeUntil(now));

export const saveReminderDays = (days: number) => setSetting(getDb(), REMINDER_DAYS_KEY, reminderDays, days);
