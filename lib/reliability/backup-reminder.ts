/** Settings of the reminder are declared in lib/db/setting-keys.ts (lastBackupAt is written by lib/db/backup.ts). */
export const DEFAULT_REMINDER_DAYS = 30;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_REMINDER_DAYS = 3650;

/** Read-side checks (the popup shows the reminder before zod loads); reminder-schema.ts guards the writes. */
export const isReminderDays = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_REMINDER_DAYS;
export const isEpochMsOrNull = (v: unknown): v is number | null =>
  v === null || (Number.isInteger(v) && (v as number) >= 0);

export interface ReminderState {
  lastBackupAt: number | null;
  since: number | null;
  days: number;
  snoozedUntil: number | null;
}

export type ReminderVerdict = { show: false } | { show: true; neverBackedUp: boolean; daysSince: number };

/** Whether to show the 备份提醒 now, and how old the last backup (or the first use without one) is in whole days. */
export function backupReminder(state: ReminderState, now: number): ReminderVerdict {
  const from = state.lastBackupAt ?? state.since;
  if (state.days <= 0 || from === null) return { show: false };
  if (state.snoozedUntil !== null && state.snoozedUntil > now) return { show: false };
  const age = now - from;
  if (age < state.days * DAY_MS) return { show: false };
  return { show: true, neverBackedUp: state.lastBackupAt === null, daysSince: Math.floor(age / DAY_MS) };
}

/** Dismissing the banner hides it for one day. */
export const snoozeUntil = (now: number) => now + DAY_MS;
