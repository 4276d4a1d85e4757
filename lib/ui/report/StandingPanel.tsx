import { useState } from 'preact/hooks';
import type { LedgerReporting } from '../../db/reports';
import type { CyclePeriod } from '../../report/period';
import { chaseMessage, standings } from '../../report/standing';
import { t, tn } from '../../i18n/t';
import { periodText } from './period-text';

/** 报送情况: who reported this period and who not, with the 催报 message to copy. */
export function StandingPanel({ data, period, today }: { data: LedgerReporting; period: CyclePeriod; today: string }) {
  const rows = standings(data.tasks, data.reports, period, today);
  const missing = rows.filter((r) => !r.reported);
  const message = chaseMessage(data.ledger.title, period, missing);
  const [copied, setCopied] = useState(false);
  return (
    <section class="rp-panel" aria-labelledby="rp-standing">
      <h3 id="rp-standing">{t('rpStanding', periodText(period))}</h3>
      <p>
        {tn('rpStandingLine', rows.length - missing.length, [
          String(rows.length - missing.length),
          String(missing.length),
        ])}
      </p>
      <table class="rp-table">
        <thead>
          <tr>
            {(
              [
                'rpColDept',
                'rpColTasks',
                'rpColDone',
                'rpColOnTime',
                'rpColOverdue',
                'rpColNotReported',
                'rpColReported',
              ] as const
            ).map((k) => (
              <th key={k}>{t(k)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.department}>
              <td>{r.department}</td>
              <td>{r.tasks}</td>
              <td>{r.done}</td>
              <td>{r.onTime}</td>
              <td>{r.overdue}</td>
              <td>{r.notReported}</td>
              <td>{r.reported ? t('rpYes') : t('rpNo')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {message && (
        <div class="rp-chase">
          <label for="rp-chase-text">{t('rpChase')}</label>
          <textarea id="rp-chase-text" readOnly rows={4} value={message} />
          <button type="button" onClick={() => void navigator.clipboard.writeText(message).then(() => setCopied(true))}>
            {copied ? t('rpCopied') : t('rpCopy')}
          </button>
        </div>
      )}
    </section>
  );
}
