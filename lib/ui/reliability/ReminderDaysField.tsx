import { useEffect, useRef, useState } from 'preact/hooks';
import { reminderDays } from '../../reliability/reminder-schema';
import { t } from '../../i18n/t';
import { useLiveQuery } from '../use-live-query';
import { readReminderState, saveReminderDays } from './reminder-store';
import { errorText } from '../error-text';

interface Entry {
  text: string;
  error: string | null;
}

/** 备份提醒间隔 in days (0 = off); saved as soon as a valid number is entered, a bad one is explained beside it. */
export function ReminderDaysField() {
  const state = useLiveQuery(readReminderState, []);
  // What is typed wins over the stored value: a live update (this page's last save landing late, another page's
  // change) cannot overwrite it while the field is being edited, nor replace an entry that is shown as wrong.
  const [entry, setEntry] = useState<Entry | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const stored = state?.days;
  useEffect(() => {
    setEntry((e) => (e && e.error === null && document.activeElement !== input.current ? null : e));
  }, [stored]);
  if (!state) return null;
  const save = (raw: string) => {
    const parsed = reminderDays.safeParse(raw.trim() === '' ? Number.NaN : Number(raw));
    if (!parsed.success) return setEntry({ text: raw, error: parsed.error.issues[0]?.message ?? t('relDaysInvalid') });
    setEntry({ text: raw, error: null });
    saveReminderDays(parsed.data).catch((e: unknown) => setEntry({ text: raw, error: errorText(e) }));
  };
  const error = entry?.error ?? null;
  return (
    <label class="rel-days">
      {t('relReminderDaysLabel')}
      <input
        ref={input}
        type="number"
        min={0}
        max={3650}
        value={entry?.text ?? String(state.days)}
        aria-invalid={error !== null}
        onInput={(e) => setEntry({ text: e.currentTarget.value, error })}
        onChange={(e) => save(e.currentTarget.value)}
      />
      {t('relReminderDaysUnit')}
      {error && (
        <span role="alert" class="rel-error">
          {error}
        </span>
      )}
    </label>
  );
}
