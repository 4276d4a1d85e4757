import type { FigureRecord } from '../../model/records';
import type { IndicatorDef } from '../../model/indicator/schema';
import { t } from '../../i18n/t';
import { historySteps } from './history';
import { inputLabel } from './display-text';

const when = (at: number) => new Date(at).toLocaleString(t('uiLanguage'), { dateStyle: 'short', timeStyle: 'short' });
const shown = (v: number | null) =>
  v === null ? t('indHistoryBlank') : v.toLocaleString(t('uiLanguage'), { maximumFractionDigits: 4 });

/** Every save of this unit's month and what it changed, newest first. */
export function HistoryList({ record, defs }: { record: FigureRecord | undefined; defs: IndicatorDef[] }) {
  const labels = new Map(defs.flatMap((d) => d.inputs.map((i) => [i.key, inputLabel(i)] as const)));
  const steps = record ? historySteps(record) : [];
  return (
    <details class="ind-history" open={steps.length > 1}>
      <summary>{t('indHistory', String(steps.length))}</summary>
      {steps.length === 0 ? (
        <p class="ui-muted">{t('indNoHistory')}</p>
      ) : (
        <ol>
          {steps.map((step) => (
            <li key={step.at}>
              <time>{when(step.at)}</time>{' '}
              {step.changes
                .map((c) => t('indHistoryChange', [labels.get(c.key) ?? c.key, shown(c.from), shown(c.to)]))
                .join(t('indHistorySeparator'))}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
