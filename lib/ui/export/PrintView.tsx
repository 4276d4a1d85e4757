import type { Snapshot, TaskRow } from '../../export/types';
import { PRINT_LABELS, TASK_STATUS_LABEL, printAsOf } from '../../export/labels';
import { REPORT_WORDING } from './table-wording';
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
          {PRINT_LABELS.taskHeads.map((head) => (
            <th scope="col" key={head}>
              {head}
            </th>
          ))}
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
        <button type="button" class="ui-primary" onClick={onPrint}>
          {t('exPrintNow')}
        </button>
        <button type="button" onClick={onClose}>
          {t('exPrintClose')}
        </button>
      </div>
      <div lang="zh-CN">
        <h1>{PRINT_LABELS.title}</h1>
        <p>{printAsOf(snapshot.asOf, snapshot.month)}</p>
        <SummaryTable
          caption={PRINT_LABELS.byLedger}
          rows={snapshot.byLedger}
          total={snapshot.total}
          wording={REPORT_WORDING}
        />
        <SummaryTable caption={PRINT_LABELS.byDepartment} rows={snapshot.byDepartment} wording={REPORT_WORDING} />
        <IndicatorTable rows={snapshot.indicators} wording={REPORT_WORDING} />
        {byLedger(snapshot.tasks).map(([title, rows]) => (
          <TaskTable key={title} title={title} rows={rows} />
        ))}
      </div>
    </article>
  );
}
