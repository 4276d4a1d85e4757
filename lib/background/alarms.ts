import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { firesAtTime, nextReminderAt } from '../checklist/reminder';
import { settings } from '../db/setting-keys';

export const DAILY_ALARM = 'checklist-daily';
export const REMINDER_ALARM = 'checklist-reminder';
const DAY_MINUTES = 24 * 60;
// Just after local midnight, when tasks move from "due soon" to "overdue".
const DAILY_TIME = '00:01';

/** Creates the daily badge refresh once; re-creating it on every worker start would push it back each time. */
export async function ensureDailyAlarm(now = new Date()): Promise<void> {
  if (await browser.alarms.get(DAILY_ALARM)) return;
  await browser.alarms.create(DAILY_ALARM, { when: nextReminderAt(now, DAILY_TIME), periodInMinutes: DAY_MINUTES });
}

/**
 * One alarm at the user's reminder time, rescheduled after each firing (a fixed 24 h period would drift an
 * hour across daylight-saving changes). Kept as is when it already fires at the set time.
 */
export async function ensureReminderAlarm(db: ReformDb, now = new Date(), force = false): Promise<void> {
  const [reminder, existing] = await Promise.all([settings.reminder.getValue(db), browser.alarms.get(REMINDER_ALARM)]);
  if (!reminder.enabled) {
    if (existing) await browser.alarms.clear(REMINDER_ALARM);
    return;
  }
  if (existing && !force && firesAtTime(existing.scheduledTime, reminder.time)) return;
  await browser.alarms.create(REMINDER_ALARM, { when: nextReminderAt(now, reminder.time) });
}
