import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { backupReminder } from '../../reliability/backup-reminder';
import { t, tn } from '../../i18n/t';
import { useLiveQueryOf } from '../use-live-query';
import { useHoldCopy } from '../first-paint/use-hold-copy';

// The store (and Dexie with it) loads on demand: the reminder must not hold back the popup's first rows.
const reminderStore = () => import('./reminder-store');
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './reliability.css';

/**
 * "Back up your data" banner, shown when the last backup is older than the set number of days. In the popup it
 * opens the options page's 备份 tab in a new tab; on the options page it switches to that tab.
 */
export function BackupReminder({ variant }: { variant: 'popup' | 'options' }) {
  useEffect(() => {
    reminderStore()
      .then((store) => store.startReminderClock())
      .catch((e: unknown) => console.warn('backup reminder', e));
  }, []);
  const verdict = useLiveQueryOf(
    reminderStore,
    async (store) => backupReminder(await store.readReminderState(), Date.now()),
    [],
  );
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
