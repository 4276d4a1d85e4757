import type { ReminderSettings } from '../../checklist/settings';
import { t } from '../../i18n/t';

/** Step 3: the daily reminder, saved when the guide is finished. */
export function RemindersStep({
  value,
  onChange,
}: {
  value: ReminderSettings;
  onChange: (next: ReminderSettings) => void;
}) {
  return (
    <>
      <p class="ob-muted">{t('obRemindersHint')}</p>
      <label class="ob-field">
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(e) => onChange({ ...value, enabled: e.currentTarget.checked })}
        />
        {t('obRemindersEnabled')}
      </label>
      <label class="ob-field">
        {t('obReminderTime')}
        <input
          type="time"
          value={value.time}
          disabled={!value.enabled}
          onChange={(e) => onChange({ ...value, time: e.currentTarget.value })}
        />
      </label>
    </>
  );
}
