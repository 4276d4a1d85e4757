import { useState } from 'preact/hooks';
import { reminderDays } from '../../reliability/reminder-schema';
import { t } from '../i18n';
import { useLiveQuery } from '../use-live-query';
import { readReminderState, saveReminderDays } from './reminder-store';

/** 备份提醒间隔 in days (0 = off); saved as soon as a valid number is entered, a bad one is explained beside it. */
export function ReminderDaysField() {
  const state = useLiveQuery(readReminderState, []);
  const [error, setError] = useState<string | null>(null);
  if (!state) return null;
  const save = (raw: string) => {
    const parsed = reminderDays.safeParse(raw.trim() === '' ? Number.NaN : Number(raw));
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? t('relDaysInvalid'));
    setError(null);
    saveReminderDays(parsed.data).catch((e: unknown) => setError(String((e as Error).message ?? e)));
  };
  return (
    <label class="rel-days">
      {t('relReminderDaysLabel')}
      <input type="number" min={0} max={3650} value={state.days} aria-invalid={error !== null} onChange={(e) => save(e.currentTarget.value)} />
      {t('relReminderDaysUnit')}
      {error && <span role="alert" class="rel-error">{error}</span>}
    </label>
  );
}
