import { getDb } from '../../db/database';
import { settings } from '../../db/setting-keys';
import { SETTINGS_TABLE } from '../../db/setting';
import { snoozeUntil, type ReminderState } from '../../reliability/backup-reminder';

// The keys are read with zod-free guards; the write schemas (and zod with them) load on the first write.

/** Reads everything the reminder needs in one go (inside a liveQuery, so a backup made elsewhere hides it). */
export async function readReminderState(): Promise<ReminderState> {
  const db = getDb();
  return db.transaction('r', SETTINGS_TABLE, async () => ({
    lastBackupAt: await settings.lastBackupAt.getValue(db),
    since: await settings.backupReminderSince.getValue(db),
    days: await settings.backupReminderDays.getValue(db),
    snoozedUntil: await settings.backupReminderSnoozedUntil.getValue(db),
  }));
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
