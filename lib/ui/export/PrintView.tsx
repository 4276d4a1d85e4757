import type { Snapshot, TaskRow } from '../../export/types';
import { TASK_STATUS_LABEL } from '../../export/labels';
import { t } from '../../i18n/t';
import { SummaryTable } from './SummaryTable';
import { IndicatorTable } from './IndicatorTable';

function byLedger(rows: TaskRow[]): Array<[string, TaskRow[]]> {
  const groups = new Map<string, TaskRow[]>();
  for (const row of rows) {
    const list = groups.get(row.ledgerTitle);
    if (list) list.push(row);
    else groups.set(row.ledgerTitle, [row]);
  }
  return [...groups];
}

function TaskTable({ title, rows }: { title: string; rows: TaskRow[] }) {
  return (
    <table class="ex-table ex-tasks">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('colSeq')}</th>
          <th scope="col">{t('colTask')}</th>
          <th scope="col">{t('colLead')}</th>
          <th scope="col">{t('colDue')}</th>
          <th scope="col">{t('exColStatus')}</th>
          <th scope="col">{t('exColDoneAt')}</th>
          <th scope="col">{t('exColNotes')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} class={`ex-status-${r.status}`}>
            <td>{r.seq}</td>
            <td>{r.title}</td>
            <td>{r.lead}</td>
            <td>{r.due || r.deadlineText}</td>
            <td>{TASK_STATUS_LABEL[r.status]}</td>
            <td>{r.doneAt ?? ''}</td>
            <td class="ex-notes">{r.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The report laid out for A4 paper; the browser's print dialog saves it as PDF. */
export function PrintView({
  snapshot,
  onPrint,
  onClose,
}: {
  snapshot: Snapshot;
  onPrint: () => void;
  onClose: () => void;
}) {
  return (
    <article class="ex-print" aria-label={t('exPrintHeading')}>
      <div class="ex-print-bar">
        <button type="button" class="lg-primary" onClick={onPrint}>
          {t('exPrintNow')}
        </button>
        <button type="button" onClick={onClose}>
          {t('exPrintClose')}
        </button>
      </div>
      <h1>{t('exReportTitle')}</h1>
      <p>{t('exAsOf', [snapshot.asOf, snapshot.month])}</p>
      <SummaryTable caption={t('exByLedger')} rows={snapshot.byLedger} total={snapshot.total} />
      <SummaryTable caption={t('exByDepartment')} rows={snapshot.byDepartment} />
      <IndicatorTable rows={snapshot.indicators} />
      {byLedger(snapshot.tasks).map(([title, rows]) => (
        <TaskTable key={title} title={title} rows={rows} />
      ))}
    </article>
  );
}
