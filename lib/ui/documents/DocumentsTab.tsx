import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { t } from '../../i18n/t';
import { useLiveQueryOf } from '../use-live-query';
import { AddDocumentPanel } from './AddDocumentPanel';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './documents.css';

/** Every document, newest first, with how many ledgers and targets it brought. */
function useLibrary() {
  // The query awaits nothing but the database inside liveQuery; the module loads before.
  return useLiveQueryOf(
    () => import('../../db/documents'),
    ({ listDocuments }) => {
      const db = getDb();
      return db.transaction('r', [db.documents, db.ledgers, db.targets], async () => {
        const [docs, targets] = await Promise.all([listDocuments(db), db.targets.toArray()]);
        return docs.map((d) => ({ ...d, targetCount: targets.filter((x) => x.documentId === d.id).length }));
      });
    },
    [],
  );
}

/** 文件库 tab: the documents the ledgers and targets come from, and 添加文件. */
export function DocumentsTab() {
  const library = useLibrary();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  if (!library) return <p>{t('loading')}</p>;
  return (
    <section class="ui-page dl" aria-labelledby="dl-heading">
      <div class="ui-toolbar">
        <h2 id="dl-heading">{t('dlHeading', String(library.length))}</h2>
        <button
          type="button"
          class="ui-primary"
          aria-expanded={adding}
          onClick={() => {
            setStatus(null);
            setAdding(!adding);
          }}
        >
          {t('dlAddButton')}
        </button>
      </div>
      <p class="ui-muted">{t('dlIntro')}</p>
      <p role="status" class="ui-status">
        {status}
      </p>
      {adding && (
        <AddDocumentPanel
          onCancel={() => setAdding(false)}
          onAdded={(saved) => {
            setAdding(false);
            setStatus(t('dlAdded', [saved.document.title, String(saved.tasks.length), String(saved.targets.length)]));
          }}
        />
      )}
      <table class="ui-table dl-library">
        <thead>
          <tr>
            <th scope="col">{t('dlColTitle')}</th>
            <th scope="col">{t('dlFieldDocNumber')}</th>
            <th scope="col">{t('dlColIssued')}</th>
            <th scope="col">{t('dlColLedgers')}</th>
            <th scope="col">{t('dlColTargets')}</th>
          </tr>
        </thead>
        <tbody>
          {library.map((d) => (
            <tr key={d.id} data-document-id={d.id}>
              <th scope="row">
                {d.title}
                <div class="ui-hint">
                  {[d.issuer, d.region, t(d.origin === 'seed' ? 'dlOriginSeed' : 'dlOriginUser')]
                    .filter(Boolean)
                    .join(' · ')}
                </div>
              </th>
              <td>{d.docNumber ?? '—'}</td>
              <td>{d.issued ?? t('dlNoDate')}</td>
              <td>{d.ledgerIds.length}</td>
              <td>{d.targetCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
