import { useLedgers } from '../ledgers/use-ledgers';
import { t } from '../../i18n/t';

interface Props {
  /** Bundled ledgers the user unticked: deleted when the step is left forwards. */
  drop: Set<string>;
  onChange: (drop: Set<string>) => void;
}

/** Step 1: the bundled ledgers, all kept unless unticked. */
export function LedgersStep({ drop, onChange }: Props) {
  const overview = useLedgers();
  if (!overview) return <p class="ob-muted">{t('loading')}</p>;
  const seeds = overview.ledgers.filter((l) => l.origin === 'seed');
  if (seeds.length === 0) return <p class="ob-muted">{t('obNoLedgers')}</p>;
  const toggle = (id: string, keep: boolean) => {
    const next = new Set(drop);
    if (keep) next.delete(id);
    else next.add(id);
    onChange(next);
  };
  return (
    <>
      <p class="ob-muted">{t('obLedgersHint')}</p>
      <ul class="ob-list">
        {seeds.map((ledger) => (
          <li key={ledger.id}>
            <label>
              <input
                type="checkbox"
                data-seed-id={ledger.id}
                checked={!drop.has(ledger.id)}
                onChange={(e) => toggle(ledger.id, e.currentTarget.checked)}
              />
              <span>
                {ledger.title}
                <span class="ob-muted"> · {t('obLedgerTasks', String(overview.taskCounts.get(ledger.id) ?? 0))}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      {drop.size > 0 && <p class="ob-warn">{t('obLedgersWillDelete', String(drop.size))}</p>}
    </>
  );
}
