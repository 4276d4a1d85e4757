import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupReminder, type ReminderState } from '../../reliability/backup-reminder';
import { NATIVE_SETTINGS, valueOf, type StoredValues } from '../../db/setting-native';
import { t, tn } from '../../i18n/t';
import { useLiveQueryOf } from '../use-live-query';
import { useHoldCopy } from '../first-paint/use-hold-copy';

// The store (and Dexie with it) loads on demand: the reminder must not hold back the popup's first rows.
const reminderStore = () => import('./reminder-store');
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './reliability.css';

const reminderStateOf = (stored: StoredValues): ReminderState => ({
  lastBackupAt: valueOf(NATIVE_SETTINGS.lastBackupAt, stored),
  since: valueOf(NATIVE_SETTINGS.backupReminderSince, stored),
  days: valueOf(NATIVE_SETTINGS.backupReminderDays, stored),
  snoozedUntil: valueOf(NATIVE_SETTINGS.backupReminderSnoozedUntil, stored),
});

/**
 * "Back up your data" banner, shown when the last backup is older than the set number of days. In the popup it
 * opens the options page's 备份 tab in a new tab; on the options page it switches to that tab.
 */
export function BackupReminder({ variant, stored }: { variant: 'popup' | 'options'; stored?: StoredValues }) {
  useEffect(() => {
    reminderStore()
      .then((store) => store.startReminderClock())
      .catch((e: unknown) => console.warn('backup reminder', e));
  }, []);
  // The popup's first render decides from the settings its classic script read; the live query follows.
  const [early] = useState(() => stored && backupReminder(reminderStateOf(stored), Date.now()));
  const verdict =
    useLiveQueryOf(reminderStore, async (store) => backupReminder(await store.readReminderState(), Date.now()), []) ??
    early;
  useHoldCopy(verdict !== undefined);
  if (!verdict?.show) return null;

  const href = variant === 'popup' ? browser.runtime.getURL('/options.html#backup') : '#backup';
  const message = verdict.neverBackedUp
    ? tn('relReminderNever', verdict.daysSince)
    : tn('relReminderOld', verdict.daysSince);
  return (
    <div class={`rel-reminder rel-reminder-${variant}`} role="status">
      <span>{message}</span>
      <a href={href} target={variant === 'popup' ? '_blank' : undefined} rel="noreferrer">
        {t('relReminderBackupNow')}
      </a>
      <button
        type="button"
        class="rel-dismiss"
        onClick={() => void reminderStore().then((store) => store.snoozeReminder())}
      >
        {t('relReminderDismiss')}
      </button>
    </div>
  );
}
