import { formatIndicatorValue } from '../../indicators/display';
import type { Month } from '../../model/month';
import { t } from '../../i18n/t';
import { deadlineText, gapText, neededText, projectionText, targetText } from './display-text';
import type { IndicatorResult } from './results';

interface Props {
  results: IndicatorResult[];
  sources: Map<string, string>;
  asOf: Month;
  onEditTargets: (id: string) => void;
  onChart: (id: string) => void;
}

const STATUS_CLASS = { met: 'ind-met', unmet: 'ind-unmet', 'no-data': 'lg-muted' } as const;

/** Per indicator: value, target, 达标/未达标, gap, what is still needed and where the trend leads. */
export function ResultsTable({ results, sources, asOf, onEditTargets, onChart }: Props) {
  return (
    <table class="lg-table ind-results">
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
        {results.map(({ def, target, evaluation, projection }) => (
          <tr key={def.id} data-indicator={def.id}>
            <th scope="row">{def.name}</th>
            <td class="ind-value">{formatIndicatorValue(evaluation.value, def.unit)}</td>
            <td class="ind-target" title={target.clause || undefined}>
              {targetText(target, def.unit)}
              <div class="lg-hint">
                {deadlineText(target)}
                {target.source && sources.has(target.source) ? ` · ${sources.get(target.source)}` : ''}
              </div>
            </td>
            <td class={`ind-status ${STATUS_CLASS[evaluation.status]}`}>{evaluation.reason === 'zero-denominator' ? t('igZeroDenominator') : t(`indStatus_${evaluation.status.replace('-', '_')}`)}</td>
            <td class="ind-gap">
              {gapText(evaluation.gap, def.unit)}
              {evaluation.needed !== null && <div class="ind-needed">{neededText(def, evaluation.needed)}</div>}
            </td>
            <td class="ind-projection">
              {evaluation.status === 'no-data' ? '—' : projectionText(projection, asOf, target.by, evaluation.status === 'met')}
            </td>
            <td class="lg-row-actions">
              <button type="button" class="lg-link" aria-label={t('indChartLabel', def.name)} onClick={() => onChart(def.id)}>{t('indChart')}</button>
              <button type="button" class="lg-link" aria-label={t('indEditTargetsLabel', def.name)} onClick={() => onEditTargets(def.id)}>{t('indEditTargets')}</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
