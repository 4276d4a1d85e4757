import type { IndicatorRow } from '../../export/types';
import { formatIndicatorValue, roundForDisplay } from '../../indicators/display';
import type { TableWording } from './table-wording';

const signed = (n: number | null) => (n === null ? '—' : `${n > 0 ? '+' : ''}${roundForDisplay(n).toFixed(2)}`);

/** Value, target, gap, status and trend of each chosen unit's indicators; on screen and in the print view. */
export function IndicatorTable({ rows, wording }: { rows: IndicatorRow[]; wording: TableWording }) {
  if (rows.length === 0) return null;
  return (
    <table class="ex-table">
      <caption>{wording.indicatorsCaption}</caption>
      <thead>
        <tr>
          {wording.indicatorHeads.map((head) => (
            <th scope="col" key={head}>
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.unitId}|${r.id}`} class={`ex-ind-${r.status}`} data-indicator={r.id}>
            <td>{r.unitName}</td>
            <td>{wording.indicatorName(r)}</td>
            <td>{formatIndicatorValue(r.value, r.measure)}</td>
            <td>{wording.target(r)}</td>
            <td>{signed(r.gap)}</td>
            <td>{wording.status(r.status)}</td>
            <td>{signed(r.vsPrevMonth)}</td>
            <td>{signed(r.vsLastSnapshot)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
