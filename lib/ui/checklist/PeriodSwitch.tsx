import { PERIODS, type ChecklistPeriod } from '../../checklist/period';
import { t } from '../../i18n/t';

const LABEL = { current: 'wkPeriodCurrent', history: 'wkPeriodHistory' } as const;

/** This year's work or earlier years' open tasks: one click apart, this year's first. */
export function PeriodSwitch({
  period,
  today,
  onChange,
}: {
  period: ChecklistPeriod;
  today: string;
  onChange: (period: ChecklistPeriod) => void;
}) {
  return (
    <>
      <div class="cl-period" role="group" aria-label={t('wkPeriodLabel')}>
        {PERIODS.map((p) => (
          <button
            key={p}
            type="button"
            class="cl-period-button"
            data-period={p}
            aria-pressed={p === period}
            onClick={() => onChange(p)}
          >
            {t(LABEL[p])}
          </button>
        ))}
      </div>
      {period === 'history' && <p class="cl-muted cl-history-note">{t('wkHistoryNote', today.slice(0, 4))}</p>}
    </>
  );
}
