import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { setCycle } from '../../db/reports';
import { reportCycle, type ReportCycle } from '../../report/period';
import { t } from '../../i18n/t';

/** 报送周期: 每月/每季度, the due day, how many days before it departments are reminded. */
export function CycleSettings({ cycle }: { cycle: ReportCycle }) {
  const [draft, setDraft] = useState({
    kind: cycle.kind,
    dueDay: String(cycle.dueDay),
    remindDays: String(cycle.remindDays),
  });
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const parsed = reportCycle.safeParse({
      kind: draft.kind,
      dueDay: Number(draft.dueDay),
      remindDays: Number(draft.remindDays),
    });
    if (!parsed.success) return setError(t('rpCycleInvalid'));
    setError(null);
    await setCycle(getDb(), parsed.data);
  };
  return (
    <fieldset class="rp-cycle">
      <legend>{t('rpCycle')}</legend>
      <label>
        {t('rpCycleKind')}{' '}
        <select
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: (e.target as HTMLSelectElement).value as ReportCycle['kind'] })}
        >
          <option value="month">{t('rpMonthly')}</option>
          <option value="quarter">{t('rpQuarterly')}</option>
        </select>
      </label>{' '}
      <label>
        {t('rpDueDay')}{' '}
        <input
          type="number"
          min={1}
          max={31}
          value={draft.dueDay}
          aria-invalid={!!error}
          onInput={(e) => setDraft({ ...draft, dueDay: (e.target as HTMLInputElement).value })}
        />
      </label>{' '}
      <label>
        {t('rpRemindDays')}{' '}
        <input
          type="number"
          min={0}
          max={15}
          value={draft.remindDays}
          aria-invalid={!!error}
          onInput={(e) => setDraft({ ...draft, remindDays: (e.target as HTMLInputElement).value })}
        />
      </label>{' '}
      <button type="button" onClick={() => void save()}>
        {t('rpSave')}
      </button>
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
