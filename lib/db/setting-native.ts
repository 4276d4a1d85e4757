import type { SettingRecord } from '../model/records';
import { DEFAULT_FILTERS, isChecklistFilters, type ChecklistFilters } from '../checklist/settings';
import { DEFAULT_OVERDUE_ORDER, isOverdueOrder, type OverdueOrder } from '../checklist/period';
import { DEFAULT_REMINDER_DAYS, isEpochMsOrNull, isReminderDays } from '../reliability/backup-reminder';

/**
 * The settings the popup and side panel need for their first render, read before Dexie has loaded by their classic
 * script (lib/db/early-first-rows.ts): key, zod-free guard and fallback of each, which setting-keys.ts defines them
 * with, and the one read of the settings store without Dexie. The values are checked on use (valueOf).
 */
export interface NativeSetting<T> {
  key: string;
  guard: (value: unknown) => value is T;
  fallback: T;
}

const native = <T>(key: string, guard: (value: unknown) => value is T, fallback: T): NativeSetting<T> => ({
  key,
  guard,
  fallback,
});

export const NATIVE_SETTINGS = {
  filters: native<ChecklistFilters>('checklist.filters', isChecklistFilters, DEFAULT_FILTERS),
  overdueOrder: native<OverdueOrder>('checklist.overdueOrder', isOverdueOrder, DEFAULT_OVERDUE_ORDER),
  lastBackupAt: native('lastBackupAt', isEpochMsOrNull, null),
  backupReminderDays: native('backupReminderDays', isReminderDays, DEFAULT_REMINDER_DAYS),
  backupReminderSince: native('backupReminderSince', isEpochMsOrNull, null),
  backupReminderSnoozedUntil: native('backupReminderSnoozedUntil', isEpochMsOrNull, null),
};

export const SETTINGS_STORE = 'settings';

/** Stored values by key, as readSettingsNatively leaves them (a key not stored is absent). */
export type StoredValues = Record<string, unknown>;

/** The setting's value among values read natively, checked as SettingItem.getValue checks it. */
export function valueOf<T>(setting: NativeSetting<T>, stored: StoredValues): T {
  const value = stored[setting.key];
  return value !== undefined && setting.guard(value) ? value : setting.fallback;
}

/** Puts the stored value of every NATIVE_SETTINGS key into `into`, once the transaction has read it. */
export function readSettingsNatively(tx: IDBTransaction, into: StoredValues): void {
  const store = tx.objectStore(SETTINGS_STORE);
  for (const { key } of Object.values(NATIVE_SETTINGS)) {
    const request = store.get(key);
    request.onsuccess = () => {
      const row = request.result as SettingRecord | undefined;
      if (row !== undefined) into[key] = row.value;
    };
  }
}
