import type { GroupSummary } from '../../export/types';
import type { TableWording } from './table-wording';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 完成率 and 逾期数 per ledger or per lead department; used on screen and in the print view. */
export function SummaryTable({
  caption,
  rows,
  total,
  wording,
}: {
  caption: string;
  rows: GroupSummary[];
  total?: GroupSummary;
  wording: TableWording;
}) {
  return (
    <table class="ex-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {wording.summaryHeads.map((head) => (
            <th scope="col" key={head}>
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {[...rows, ...(total ? [total] : [])].map((g) => (
          <tr key={g.name} class={g === total ? 'ex-total' : undefined}>
            <th scope="row">{g === total ? wording.totalName(g.name) : g.name}</th>
            <td>{g.total}</td>
            <td>{g.done}</td>
            <td class={g.overdue > 0 ? 'ex-bad' : undefined}>{g.overdue}</td>
            <td>{g.dueSoon}</td>
            <td>{percent(g.rate)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
