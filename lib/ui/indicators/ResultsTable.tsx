import { formatIndicatorValue } from '../../indicators/display';
import { t, tn } from '../../i18n/t';
import {
  deadlineText,
  expiredText,
  gapText,
  indicatorName,
  neededText,
  projectionText,
  targetText,
} from './display-text';
import type { IndicatorResult } from './results';

interface Props {
  results: IndicatorResult[];
  sources: Map<string, string>;
  onEditTargets: (id: string) => void;
  onChart: (id: string) => void;
}

const STATUS_CLASS = { met: 'ind-met', unmet: 'ind-unmet', 'no-data': 'ui-muted' } as const;
const STATUS_TEXT = { met: 'indStatus_met', unmet: 'indStatus_unmet', 'no-data': 'indStatus_no_data' } as const;

/** Per indicator: value, target, 达标/未达标, gap, what is still needed and where the trend leads. */
export function ResultsTable({ results, sources, onEditTargets, onChart }: Props) {
  return (
    <table class="ui-table ind-results">
      <thead>
        <tr>
          <th>{t('indColIndicator')}</th>
          <th>{t('indColValue')}</th>
          <th>{t('indColTarget')}</th>
          <th>{t('indColStatus')}</th>
          <th>{t('indColGap')}</th>
          <th>{t('indColProjection')}</th>
          <th>{t('lgColActions')}</th>
        </tr>
      </thead>
      <tbody>
        {results.map(({ def, target, expired, next, history, evaluation, projection }) => (
          <tr key={def.id} data-indicator={def.id}>
            <th scope="row">{indicatorName(def)}</th>
            <td class="ind-value">{formatIndicatorValue(evaluation.value, def.unit)}</td>
            <td class="ind-target" title={target.clause || undefined}>
              {targetText(target, def.unit)}
              <div class="ui-hint">
                {deadlineText(target)}
                {target.source && sources.has(target.source) ? ` · ${sources.get(target.source)}` : ''}
              </div>
              {next && (
                <div class="ui-hint ind-next-target" title={next.clause || undefined}>
                  {t('docNextTarget', [targetText(next, def.unit), deadlineText(next)])}
                </div>
              )}
              {history.length > 0 && (
                <div
                  class="ui-hint ind-target-history"
                  title={history
                    .map((h) => `${targetText(h, def.unit)} ${deadlineText(h)} ${h.source ?? ''}`)
                    .join('\n')}
                >
                  {tn('docTargetHistory', history.length)}
                </div>
              )}
            </td>
            <td class={`ind-status ${expired ? 'ui-muted' : STATUS_CLASS[evaluation.status]}`}>
              {expired
                ? t('docNoCurrentTarget')
                : evaluation.reason === 'zero-denominator'
                  ? t('igZeroDenominator')
                  : t(STATUS_TEXT[evaluation.status])}
            </td>
            <td class="ind-gap">
              {gapText(evaluation.gap, def.unit)}
              {evaluation.needed !== null && <div class="ind-needed">{neededText(def, evaluation.needed)}</div>}
            </td>
            <td class="ind-projection">
              {expired
                ? expiredText(target, def.unit)
                : evaluation.status === 'no-data'
                  ? '—'
                  : projectionText(projection, target.by, evaluation.status === 'met', def.unit)}
            </td>
            <td class="ui-row-actions">
              <button
                type="button"
                class="ui-link"
                aria-label={t('indChartLabel', indicatorName(def))}
                onClick={() => onChart(def.id)}
              >
                {t('indChart')}
              </button>
              <button
                type="button"
                class="ui-link"
                aria-label={t('indEditTargetsLabel', indicatorName(def))}
                onClick={() => onEditTargets(def.id)}
              >
                {t('indEditTargets')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
