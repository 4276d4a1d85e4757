import { getDb } from '../../db/database';
import { readLastBackupAt } from '../../db/last-backup';
import { getSetting, guard, setSetting } from '../../db/settings';
import {
  DEFAULT_REMINDER_DAYS,
  REMINDER_DAYS_KEY,
  REMINDER_SINCE_KEY,
  REMINDER_SNOOZED_UNTIL_KEY,
  isEpochMsOrNull,
  isReminderDays,
  snoozeUntil,
  type ReminderState,
} from '../../reliability/backup-reminder';

// The write schemas (and zod with them) load on the first write, not with the popup.
const reminderSchema = () => import('../../reliability/reminder-schema');

/** Reads everything the reminder needs in one go (inside a liveQuery, so a backup made elsewhere hides it). */
export async function readReminderState(): Promise<ReminderState> {
  const db = getDb();
  return db.transaction('r', db.settings, async () => ({
    lastBackupAt: await readLastBackupAt(db),
    since: await getSetting(db, REMINDER_SINCE_KEY, guard(isEpochMsOrNull), null),
    days: await getSetting(db, REMINDER_DAYS_KEY, guard(isReminderDays), DEFAULT_REMINDER_DAYS),
    snoozedUntil: await getSetting(db, REMINDER_SNOOZED_UNTIL_KEY, guard(isEpochMsOrNull), null),
  }));
}

/** Starts the reminder's clock the first time a page shows it; later calls leave it alone. */
export async function startReminderClock(now = Date.now()): Promise<void> {
  const db = getDb();
  if (await db.settings.get(REMINDER_SINCE_KEY)) return;
  const { epochMs } = await reminderSchema();
  await db.transaction('rw', db.settings, async () => {
    if (!(await db.settings.get(REMINDER_SINCE_KEY))) await setSetting(db, REMINDER_SINCE_KEY, epochMs, now);
  });
}

export async function snoozeReminder(now = Date.now()): Promise<void> {
  await setSetting(getDb(), REMINDER_SNOOZED_UNTIL_KEY, (await reminderSchema()).epochMs, snoozeUntil(now));
}

export async function saveReminderDays(days: number): Promise<void> {
  await setSetting(getDb(), REMINDER_DAYS_KEY, (await reminderSchema()).reminderDays, days);
}
