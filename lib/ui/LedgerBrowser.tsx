import { useState } from 'preact/hooks';
import { getDb } from '../db/database';
import { allLedgers } from '../db/ledgers';
import { tasksOfLedger } from '../db/tasks';
import { t } from './i18n';
import { useLiveQuery } from './use-live-query';

export function LedgerBrowser() {
  const ledgers = useLiveQuery(() => allLedgers(getDb()), []);
  const [open, setOpen] = useState<string | null>(null);
  const tasks = useLiveQuery(() => (open ? tasksOfLedger(getDb(), open) : Promise.resolve([])), [open]);
  if (!ledgers) return <p>{t('loading')}</p>;
  return (
    <section>
      <h2>{t('ledgers')}</h2>
      <ul class="ledger-list">
        {ledgers.map((l) => (
          <li key={l.id} data-ledger-id={l.id}>
            <button type="button" aria-expanded={open === l.id} onClick={() => setOpen(open === l.id ? null : l.id)}>
              {l.title}
            </button>
            <span class="ledger-meta">{[l.issuer, l.docNumber, l.issued].filter(Boolean).join(' · ')}</span>
            {open === l.id && tasks && (
              <table class="task-table">
                <thead>
                  <tr>
                    <th>{t('colSeq')}</th><th>{t('colTask')}</th><th>{t('colLead')}</th>
                    <th>{t('colPartners')}</th><th>{t('colDeadline')}</th><th>{t('colDue')}</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.map((task) => (
                    <tr key={task.id} data-task-id={task.id}>
                      <td>{task.seq}</td>
                      <td>{task.group ? <small>{task.group}<br /></small> : null}{task.title}</td>
                      <td>{task.lead.join('、')}</td>
                      <td>{task.partners.join('、')}</td>
                      <td>{task.deadlineText}</td>
                      <td>{task.due || t('undated')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
