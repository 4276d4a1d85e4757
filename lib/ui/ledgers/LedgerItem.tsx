import { useState } from 'preact/hooks';
import type { LedgerRecord } from '../../model/records';
import { t, tn } from '../../i18n/t';
import { formatDate } from '../format-date';
import { archiveLedger, removeLedger } from './actions';
import { LedgerForm } from './LedgerForm';
import { TaskTable } from './TaskTable';
import { errorText } from '../error-text';

interface Props {
  ledger: LedgerRecord;
  /** undefined while it is being counted. */
  taskCount: number | undefined;
  open: boolean;
  onToggle: () => void;
  onUndoable: (message: string, undo: () => Promise<void>) => void;
}

/** One ledger: title and facts, rename and delete, and its tasks when opened. */
export function LedgerItem({ ledger, taskCount, open, onToggle, onUndoable }: Props) {
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const meta = [ledger.issuer, ledger.docNumber, ledger.issued && formatDate(ledger.issued, t('uiLanguage'))]
    .filter(Boolean)
    .join(' · ');

  const remove = async () => {
    setError(null);
    try {
      const { title, undo } = await removeLedger(ledger.id);
      const count = taskCount ?? 0;
      onUndoable(tn('lgLedgerDeleted', count, [title, String(count)]), undo);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <li class="lg-ledger" data-ledger-id={ledger.id}>
      <div class="lg-ledger-head">
        <button type="button" class="lg-toggle" aria-expanded={open} onClick={onToggle}>
          <span class="lg-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="lg-ledger-title">{ledger.title}</span>
        </button>
        <span class="lg-count">{taskCount === undefined ? '…' : tn('lgTaskCount', taskCount)}</span>
        {ledger.origin === 'seed' && <span class="ui-tag">{t('lgSeedTag')}</span>}
        {ledger.archived === 1 && <span class="ui-tag lg-archived-tag">{t('docArchivedTag')}</span>}
        <span class="lg-ledger-actions">
          <button
            type="button"
            class="ui-link"
            aria-label={t(ledger.archived ? 'docUnarchiveLedgerLabel' : 'docArchiveLedgerLabel', ledger.title)}
            onClick={() =>
              void archiveLedger(ledger.id, ledger.archived === 0).catch((e: unknown) => setError(errorText(e)))
            }
          >
            {t(ledger.archived ? 'docUnarchive' : 'docArchive')}
          </button>
          <button
            type="button"
            class="ui-link"
            aria-expanded={editing}
            aria-label={t('lgEditLedgerLabel', ledger.title)}
            onClick={() => setEditing(!editing)}
          >
            {t('lgEditLedger')}
          </button>
          <button
            type="button"
            class="ui-link ui-danger"
            aria-label={t('lgDeleteLedgerLabel', ledger.title)}
            onClick={() => void remove()}
          >
            {t('lgDeleteLedger')}
          </button>
        </span>
      </div>
      {meta && <div class="ledger-meta">{meta}</div>}
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
      {editing && <LedgerForm ledger={ledger} onDone={() => setEditing(false)} />}
      {open && <TaskTable ledger={ledger} onDeleted={onUndoable} />}
    </li>
  );
}
