import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  DEFAULT_REMINDER_DAYS,
  backupReminder,
  isEpochMsOrNull,
  isReminderDays,
  snoozeUntil,
} from '../../lib/reliability/backup-reminder';
import { epochMs, reminderDays } from '../../lib/reliability/reminder-schema';

const NOW = Date.UTC(2024, 4, 6, 2, 30);
const state = (over: Partial<Parameters<typeof backupReminder>[0]> = {}) => ({
  lastBackupAt: null,
  since: null,
  days: DEFAULT_REMINDER_DAYS,
  snoozedUntil: null,
  ...over,
});

describe('backup reminder', () => {
  it('defaults to 30 days', () => expect(DEFAULT_REMINDER_DAYS).toBe(30));

  it('stays quiet while the last backup is younger than the set days', () => {
    expect(backupReminder(state({ lastBackupAt: NOW - 29 * DAY_MS }), NOW)).toEqual({ show: false });
  });

  it('reminds once the last backup is 30 days old, with the whole days since', () => {
    expect(backupReminder(state({ lastBackupAt: NOW - 30 * DAY_MS }), NOW)).toEqual({
      show: true,
      neverBackedUp: false,
      daysSince: 30,
    });
    expect(backupReminder(state({ lastBackupAt: NOW - 45.5 * DAY_MS, since: NOW }), NOW)).toMatchObject({
      daysSince: 45,
    });
  });

  it('without any backup, counts from the first use, not from the start of time', () => {
    expect(backupReminder(state(), NOW)).toEqual({ show: false });
    expect(backupReminder(state({ since: NOW - 3 * DAY_MS }), NOW)).toEqual({ show: false });
    expect(backupReminder(state({ since: NOW - 31 * DAY_MS }), NOW)).toEqual({
      show: true,
      neverBackedUp: true,
      daysSince: 31,
    });
  });

  it('follows the set number of days, and 0 turns it off', () => {
    expect(backupReminder(state({ lastBackupAt: NOW - 8 * DAY_MS, days: 7 }), NOW)).toMatchObject({ show: true });
    expect(backupReminder(state({ lastBackupAt: NOW - 800 * DAY_MS, days: 0 }), NOW)).toEqual({ show: false });
  });

  it('a dismissal hides it for one day, then it comes back', () => {
    const old = state({ lastBackupAt: NOW - 60 * DAY_MS, snoozedUntil: snoozeUntil(NOW) });
    expect(backupReminder(old, NOW + DAY_MS - 1)).toEqual({ show: false });
    expect(backupReminder(old, NOW + DAY_MS)).toMatchObject({ show: true });
  });

  it('accepts only whole days from 0 to 3650 as the setting, with a Chinese message', () => {
    expect(reminderDays.safeParse(14).success).toBe(true);
    for (const bad of [-1, 1.5, 4000, Number.NaN]) expect(reminderDays.safeParse(bad).success).toBe(false);
    expect(reminderDays.safeParse(-1).error?.issues[0].message).toBe('不能小于 0');
  });

  it('reads stored values with the same limits the write schemas set', () => {
    for (const v of [0, 14, 3650, 3651, -1, 1.5, Number.NaN, '14', null, undefined]) {
      expect(isReminderDays(v)).toBe(reminderDays.safeParse(v).success);
    }
    for (const v of [null, 0, 1_700_000_000_000, -5, 2.5, '1', undefined, Number.POSITIVE_INFINITY]) {
      expect(isEpochMsOrNull(v)).toBe(epochMs.safeParse(v).success);
    }
  });
});
