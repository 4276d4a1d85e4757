import { getDb } from '../../db/database';
import { settings } from '../../db/setting-keys';
import { SETTINGS_TABLE } from '../../db/setting';
import { snoozeUntil, type ReminderState } from '../../reliability/backup-reminder';

// The keys are read with zod-free guards; the write schemas (and zod with them) load on the first write.

/** Reads everything the reminder needs in one go (inside a liveQuery, so a backup made elsewhere hides it). */
export async function readReminderState(): Promise<ReminderState> {
  const db = getDb();
  // Four separate reads, not one explicit transaction: inside a liveQuery that transaction was committed early
  // after a write from another page ("Transaction committed too early"), so the banner never followed it.
  const [lastBackupAt, since, days, snoozedUntil] = await Promise.all([
    settings.lastBackupAt.getValue(db),
    settings.backupReminderSince.getValue(db),
    settings.backupReminderDays.getValue(db),
    settings.backupReminderSnoozedUntil.getValue(db),
  ]);
  return { lastBackupAt, since, days, snoozedUntil };
}

/** Starts the reminder's clock the first time a page shows it; later calls leave it alone. */
export async function startReminderClock(now = Date.now()): Promise<void> {
  const db = getDb();
  const since = settings.backupReminderSince;
  if (await since.hasValue(db)) return;
  await db.transaction('rw', SETTINGS_TABLE, async () => {
    if (!(await since.hasValue(db))) await since.setValue(db, now);
  });
}

export async function snoozeReminder(now = Date.now()): Promise<void> {
  await settings.backupReminderSnoozedUntil.setValue(getDb(), snoozeUntil(now));
}

export async function saveReminderDays(days: number): Promise<void> {
  await settings.backupReminderDays.setValue(getDb(), days);
}
