import { getDb } from '../../db/database';
import { pickerDocuments, type PickerDocument } from '../../db/documents';
import { t, tn } from '../../i18n/t';
import { useLiveQuery } from '../use-live-query';

interface Props {
  /** Documents ticked as applying to the user; undefined until the stored choice is read. */
  picked: Set<string> | undefined;
  onChange: (picked: Set<string>) => void;
  today: string;
}

/** The stored choice: what a first pass of the picker starts from. */
export const storedPicks = (entries: PickerDocument[]) => new Set(entries.filter((e) => e.applies).map((e) => e.id));

/**
 * Step 1: the documents of the library (文件库) that apply to the user. Tasks of documents not ticked, and of
 * documents whose dates have all passed, open as 归档: kept and searchable in the ledger, out of the checklist.
 */
export function DocumentsStep({ picked, onChange, today }: Props) {
  const entries = useLiveQuery(() => pickerDocuments(getDb(), today), [today]);
  if (!entries) return <p class="ob-muted">{t('loading')}</p>;
  if (entries.length === 0) return <p class="ob-muted">{t('obNoLedgers')}</p>;
  const chosen = picked ?? storedPicks(entries);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };
  const current = entries.filter((e) => chosen.has(e.id) && !e.past).reduce((n, e) => n + e.tasks, 0);
  return (
    <>
      <p class="ob-muted">{t('obDocumentsHint')}</p>
      <ul class="ob-list">
        {entries.map((entry) => (
          <li key={entry.id}>
            <label>
              <input
                type="checkbox"
                data-document-id={entry.id}
                checked={chosen.has(entry.id)}
                onChange={(e) => toggle(entry.id, e.currentTarget.checked)}
              />
              <span>
                {entry.title}
                <span class="ob-muted">
                  {entry.docNumber ? ` · ${entry.docNumber}` : ''}
                  {entry.issued ? ` · ${entry.issued.slice(0, 4)}` : ''}
                  {entry.tasks > 0 || entry.targets === 0 ? ` · ${tn('obLedgerTasks', entry.tasks)}` : ''}
                  {entry.targets > 0 ? ` · ${tn('obDocumentTargets', entry.targets)}` : ''}
                </span>
                <span class="ob-tag" data-opens={!chosen.has(entry.id) || entry.past ? 'archived' : 'current'}>
                  {entry.past
                    ? t('obDocumentPast')
                    : chosen.has(entry.id)
                      ? t('obDocumentCurrent')
                      : t('obDocumentOff')}
                </span>
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p class="ob-muted" role="status">
        {tn('obDocumentsSummary', current)}
      </p>
    </>
  );
}
