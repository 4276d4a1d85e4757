import type { GroupSummary } from '../../export/types';
import { t } from '../../i18n/t';

const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 完成率 and 逾期数 per ledger or per lead department; used on screen and in the print view. */
export function SummaryTable({
  caption,
  rows,
  total,
}: {
  caption: string;
  rows: GroupSummary[];
  total?: GroupSummary;
}) {
  return (
    <table class="ex-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('exColName')}</th>
          <th scope="col">{t('exColTotal')}</th>
          <th scope="col">{t('exColDone')}</th>
          <th scope="col">{t('exColOverdue')}</th>
          <th scope="col">{t('exColDueSoon')}</th>
          <th scope="col">{t('exColRate')}</th>
        </tr>
      </thead>
      <tbody>
        {[...rows, ...(total ? [total] : [])].map((g) => (
          <tr key={g.name} class={g === total ? 'ex-total' : undefined}>
            <th scope="row">{g.name}</th>
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
