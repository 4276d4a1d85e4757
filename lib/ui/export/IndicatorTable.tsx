import type { IndicatorRow } from '../../export/types';
import { INDICATOR_STATUS_LABEL } from '../../export/labels';
import { formatIndicatorValue, roundForDisplay } from '../../indicators/display';
import { t } from '../../i18n/t';

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${roundForDisplay(n).toFixed(2)}`);

/** Value, target, gap, status and trend of each chosen unit's indicators; on screen and in the print view. */
export function IndicatorTable({ rows }: { rows: IndicatorRow[] }) {
  if (rows.length === 0) return null;
  return (
    <table class="ex-table">
      <caption>{t('exIndicators')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exColUnit')}</th>
          <th scope="col">{t('exColIndicator')}</th>
          <th scope="col">{t('exColValue')}</th>
          <th scope="col">{t('exColTarget')}</th>
          <th scope="col">{t('exColGap')}</th>
          <th scope="col">{t('exColStatus')}</th>
          <th scope="col">{t('exColVsPrev')}</th>
          <th scope="col">{t('exColVsLast')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.unitId}|${r.id}`} class={`ex-ind-${r.status}`} data-indicator={r.id}>
            <td>{r.unitName}</td>
            <td>{r.name}</td>
            <td>{formatIndicatorValue(r.value, r.measure)}</td>
            <td>{r.target}</td>
            <td>{signed(r.gap)}</td>
            <td>{INDICATOR_STATUS_LABEL[r.status]}</td>
            <td>{signed(r.vsPrevMonth)}</td>
            <td>{signed(r.vsLastSnapshot)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
