import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { hasPendingTable } from './import/pending-capture';
import type { LedgerRecord } from '../../model/records';
import { t, tn } from '../../i18n/t';
import { UndoToast } from '../toast/UndoToast';
import { useUndoToast } from '../toast/use-undo-toast';
import { ImportPanel } from './import/ImportPanel';
import { LedgerForm } from './LedgerForm';
import { LedgerItem } from './LedgerItem';
import { useLedgers } from './use-ledgers';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './ledgers.css';

type Panel = 'none' | 'import' | 'new';

/**
 * Ledgers rendered (and counted) at first, and added by each "show more": rendering all 500 of a big county's
 * ledgers (with 50,000 tasks) took most of the tab's load in style and layout, for rows far below the first screen.
 */
export const LEDGER_PAGE = 50;

/** 台账 tab of the options page: import a table, create, rename and delete ledgers, edit their tasks. */
export function LedgersTab() {
  const [shown, setShown] = useState(LEDGER_PAGE);
  const overview = useLedgers(shown);
  const [panel, setPanel] = useState<Panel>('none');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [status, setStatus] = useState<string | null>(null);
  // A ledger just imported or created: shown (the list grows to reach it), opened and scrolled to.
  const [reveal, setReveal] = useState<string | null>(null);
  const toast = useUndoToast();
  // A table taken from a web page (加入台账 / 导入页面上的表格) waits for the import preview: open it.
  useEffect(() => {
    void hasPendingTable(getDb())
      .then((waiting) => waiting && setPanel('import'))
      .catch((e: unknown) => console.warn('pending table', e));
  }, []);
  useEffect(() => {
    if (!reveal || !overview) return;
    const index = overview.ledgers.findIndex((l) => l.id === reveal);
    if (index < 0) return;
    if (index >= shown) {
      setShown(index + 1);
      return;
    }
    setReveal(null);
    document.querySelector(`[data-ledger-id="${CSS.escape(reveal)}"]`)?.scrollIntoView({ block: 'start' });
  }, [overview, reveal, shown]);
  if (!overview) return <p>{t('loading')}</p>;

  const toggle = (id: string) =>
    setOpen((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const showLedger = (ledger: LedgerRecord) => {
    setOpen((s) => new Set([...s, ledger.id]));
    setPanel('none');
    setReveal(ledger.id);
  };
  const switchPanel = (next: Panel) => {
    setStatus(null);
    setPanel(panel === next ? 'none' : next);
  };

  return (
    <section class="ui-page" aria-labelledby="lg-heading">
      <div class="ui-toolbar">
        <h2 id="lg-heading">{t('lgHeading', String(overview.ledgers.length))}</h2>
        <button
          type="button"
          class="ui-primary"
          aria-expanded={panel === 'import'}
          onClick={() => switchPanel('import')}
        >
          {t('lgImportButton')}
        </button>
        <button type="button" aria-expanded={panel === 'new'} onClick={() => switchPanel('new')}>
          {t('lgNewLedgerButton')}
        </button>
      </div>
      <p role="status" class="ui-status">
        {status}
      </p>
      {panel === 'import' && (
        <ImportPanel
          ledgers={overview.ledgers}
          onCancel={() => setPanel('none')}
          onImported={(ledger, count, undo) => {
            setStatus(tn('lgImported', count, [String(count), ledger.title]));
            toast.show(tn('lgImportedToast', count, [String(count), ledger.title]), undo);
            showLedger(ledger);
          }}
        />
      )}
      {panel === 'new' && (
        <LedgerForm
          ledger={null}
          onDone={(saved) => {
            setPanel('none');
            if (saved) showLedger(saved);
          }}
        />
      )}
      {overview.ledgers.length === 0 ? (
        <p class="ui-muted">{t('lgNoLedgers')}</p>
      ) : (
        <ul class="lg-ledgers">
          {overview.ledgers.slice(0, shown).map((ledger) => (
            <LedgerItem
              key={ledger.id}
              ledger={ledger}
              taskCount={overview.taskCounts.get(ledger.id)}
              open={open.has(ledger.id)}
              onToggle={() => toggle(ledger.id)}
              onUndoable={toast.show}
            />
          ))}
        </ul>
      )}
      {overview.ledgers.length > shown && (
        <button type="button" class="lg-more" onClick={() => setShown(shown + LEDGER_PAGE)}>
          {tn('lgShowMoreLedgers', overview.ledgers.length - shown)}
        </button>
      )}
      <UndoToast toast={toast.toast} onDismiss={toast.dismiss} onPause={toast.setPaused} />
    </section>
  );
}
