import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { readFilters } from '../../db/checklist-queries';
import { settings as stored } from '../../db/setting-keys';
import { SETTINGS_TABLE } from '../../db/setting';
import type { ReminderSettings } from '../../checklist/settings';
import {
  CHECKLIST_CHANGED,
  REMINDER_SETTINGS_CHANGED,
  SEND_REMINDER_NOW,
  tellBackground,
} from '../../background/messages';
import { updateFilters } from '../checklist/actions';
import { DepartmentPicker } from '../checklist/DepartmentPicker';
import { DepartmentAliases } from '../departments/DepartmentAliases';
import { t } from '../../i18n/t';
import { useLiveQuery } from '../use-live-query';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../checklist/checklist.css';
import { errorText } from '../error-text';

/** 设置 tab of the checklist: badge window, daily reminder, my departments. Every change saves at once. */
export function ChecklistSettings() {
  const settings = useLiveQuery(() => {
    const db = getDb();
    return db.transaction('r', SETTINGS_TABLE, async () => ({
      days: await stored.badgeDays.getValue(db),
      reminder: await stored.reminder.getValue(db),
      filters: await readFilters(db),
    }));
  }, []);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (!settings) return <p>{t('loading')}</p>;

  const save = (write: () => Promise<void>) =>
    write().then(
      () => setStatus({ ok: true, text: t('clSettingsSaved') }),
      (e: unknown) => setStatus({ ok: false, text: t('clSaveFailed', errorText(e)) }),
    );
  const saveDays = (value: number) =>
    save(async () => {
      await stored.badgeDays.setValue(getDb(), value);
      await tellBackground(CHECKLIST_CHANGED);
    });
  const saveReminder = (next: ReminderSettings) =>
    save(async () => {
      await stored.reminder.setValue(getDb(), next);
      await tellBackground(REMINDER_SETTINGS_CHANGED);
    });

  return (
    <section class="cl-settings">
      <h2>{t('clSettingsBadge')}</h2>
      <label class="cl-field">
        {t('clSettingsBadgeDays')}
        <input
          type="number"
          min={1}
          max={90}
          value={settings.days}
          onChange={(e) => void saveDays(Number(e.currentTarget.value))}
        />
      </label>
      <p class="cl-muted">{t('clSettingsBadgeHint')}</p>

      <h2>{t('clSettingsReminder')}</h2>
      <label class="cl-field">
        <input
          type="checkbox"
          checked={settings.reminder.enabled}
          onChange={(e) => void saveReminder({ ...settings.reminder, enabled: e.currentTarget.checked })}
        />
        {t('clSettingsReminderEnabled')}
      </label>
      <label class="cl-field">
        {t('clSettingsReminderTime')}
        <input
          type="time"
          value={settings.reminder.time}
          disabled={!settings.reminder.enabled}
          onChange={(e) => void saveReminder({ ...settings.reminder, time: e.currentTarget.value })}
        />
      </label>
      <p class="cl-muted">{t('clSettingsReminderHint')}</p>
      <button type="button" onClick={() => void tellBackground(SEND_REMINDER_NOW)}>
        {t('clSettingsRemindNow')}
      </button>

      <h2>{t('clMyDepartments')}</h2>
      <p class="cl-muted">{t('clSettingsDepartmentsHint')}</p>
      <DepartmentPicker
        selected={settings.filters.departments}
        onChange={(update) => void save(() => updateFilters((f) => ({ departments: update(f.departments) })))}
      />
      <label class="cl-field">
        <input
          type="checkbox"
          class="cl-hide-partners-setting"
          checked={settings.filters.hidePartners === true}
          onChange={(e) => {
            const hidePartners = e.currentTarget.checked;
            void save(() => updateFilters({ hidePartners }));
          }}
        />
        {t('dpHidePartners')}
      </label>
      <p role="status" class={status?.ok === false ? 'cl-error' : 'cl-muted'}>
        {status?.text}
      </p>
      <DepartmentAliases />
    </section>
  );
}
