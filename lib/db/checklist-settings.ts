import type { ReformDb } from './database';
import { getSetting } from './settings';
import { BADGE_DAYS_KEY, DEFAULT_BADGE_DAYS, DEFAULT_REMINDER, REMINDER_KEY } from '../checklist/settings';
import { badgeDays, reminderSettings } from '../checklist/settings-schema';

/** Badge window and daily reminder, read by the service worker and the settings tab (not by the popup). */
export const readBadgeDays = (db: ReformDb) => getSetting(db, BADGE_DAYS_KEY, badgeDays, DEFAULT_BADGE_DAYS);
export const readReminder = (db: ReformDb) => getSetting(db, REMINDER_KEY, reminderSettings, DEFAULT_REMINDER);
