import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../../db/database';
import { ledgerYear } from '../../../db/ledger-edits';
import type { LedgerRecord } from '../../../model/records';
import type { ColumnMapping } from '../../../ledger/table-columns';
import { parseLedgerRows, splitTableText } from '../../../ledger/table-import';
import { parseLedgerText } from '../../../ledger/text-ledger';
import { t, tn } from '../../../i18n/t';
import { importTable } from '../actions';
import { FORM_ERROR, emptyLedgerForm, errorsOf, fieldErrors, ledgerForm, type FieldErrors } from '../fields';
import { latestOnly, loadDraft, saveDraft } from './draft';
import { guessTitle } from './guess';
import { initialMapping } from './mapping';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { dropPendingTable, readPendingTable } from './pending-capture';
import type { ImportSource } from './source';
import { SourceInput, readPastedHtml } from './SourceInput';
import { TableChooser } from './TableChooser';
import { TargetChooser, type TargetKind } from './TargetChooser';

interface Props {
  ledgers: LedgerRecord[];
  onCancel: () => void;
  onImported: (ledger: LedgerRecord, count: number, undo: () => Promise<void>) => void;
}

/** Paste or pick a table → check the column mapping and the preview → import. Nothing is written before 导入. */
export function ImportPanel({ ledgers, onCancel, onImported }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [source, setSourceState] = useState<ImportSource | null>(null);
  const [tableIndex, setTableIndex] = useState(0);
  const [asText, setAsText] = useState(false);
  const setSource = (next: ImportSource | null) => {
    setSourceState(next);
    setTableIndex(0);
    setAsText(false);
  };
  const saveLatest = useMemo(() => latestOnly((value) => saveDraft(getDb(), value)), []);
  useEffect(() => void loadDraft(getDb()).then(setText, () => setText('')), []);
  // A table captured from a web page waits for this screen: it comes in as a paste would.
  useEffect(() => {
    void readPendingTable(getDb())
      .then(async (pending) => {
        if (!pending) return;
        const read = await readPastedHtml(pending.html, pending.pageTitle || pending.url);
        if (read) setSource(read);
        else setText(pending.html.replace(/<[^>]*>/g, ' '));
      })
      .catch((e: unknown) => console.warn('pending table', e));
  }, []);

  const rows = useMemo(
    () => (source ? (source.tables[tableIndex] ?? []) : splitTableText(text ?? '')),
    [source, tableIndex, text],
  );
  const firstLeads = source?.firstLeads ?? false;
  const detected = useMemo(() => initialMapping(rows), [rows]);
  // The user's mapping holds while edits to the paste leave the detected one as it was; a new table starts afresh.
  const basis = JSON.stringify(detected);
  const [custom, setCustom] = useState<{ basis: string; mapping: ColumnMapping } | null>(null);
  const mapping = custom?.basis === basis ? custom.mapping : detected;

  const [kind, setKind] = useState<TargetKind>('new');
  const [values, setValues] = useState(emptyLedgerForm);
  const [titleTyped, setTitleTyped] = useState(false);
  const [existingId, setExistingId] = useState(ledgers[0]?.id ?? '');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [openedAt] = useState(Date.now);

  const newValues = titleTyped ? values : { ...values, title: guessTitle(rows, mapping.headerRow) };
  // The chosen ledger may have been deleted meanwhile (another tab, an undo): fall back to the first one.
  const existing = ledgers.find((l) => l.id === existingId) ?? ledgers[0];
  const year =
    kind === 'existing' && existing
      ? ledgerYear(existing)
      : ledgerYear({ issued: newValues.issued || null, title: newValues.title, createdAt: openedAt });
  const defaultDeadline = kind === 'existing' ? (existing?.defaultDeadline ?? null) : null;
  const tablePreview = useMemo(
    () => parseLedgerRows(rows, mapping, { year, firstLeads }),
    [rows, mapping, year, firstLeads],
  );
  // No ledger header in the table: the document may be a ledger written as paragraphs ("（责任单位：…）").
  const documentText = source ? source.text : (text ?? '');
  const textPreview = useMemo(
    () => (detected.headerRow === -1 && documentText.trim() !== '' ? parseLedgerText(documentText, { year }) : null),
    [detected, documentText, year],
  );
  const textOffered = textPreview !== null && textPreview.tasks.length > 0;
  const readingText = asText && textOffered;
  const preview = readingText ? textPreview : tablePreview;

  if (text === null) return <p>{t('loading')}</p>;

  const typeText = (value: string) => {
    setText(value);
    void saveLatest(value);
  };
  const confirm = async () => {
    setErrors({});
    let target;
    if (kind === 'new') {
      const parsed = ledgerForm.safeParse(newValues);
      if (!parsed.success) return setErrors(fieldErrors(parsed.error));
      target = { kind, ledger: parsed.data } as const;
    } else {
      if (!existing) return setErrors({ [FORM_ERROR]: t('lgTargetMissing') });
      target = { kind, ledgerId: existing.id } as const;
    }
    setBusy(true);
    try {
      const result = await importTable(
        readingText ? { text: documentText, target } : { rows, mapping, firstLeads, target },
      );
      if (!source) await saveLatest('');
      await dropPendingTable(getDb());
      onImported(result.ledger, result.tasks.length, result.undo);
    } catch (e) {
      setErrors(errorsOf(e));
    } finally {
      setBusy(false);
    }
  };

  const hasRows = rows.length > 0 || readingText;
  return (
    <section class="ui-panel lg-import" aria-labelledby="lg-import-heading">
      <h3 id="lg-import-heading">{t('lgImportHeading')}</h3>
      <p class="ui-muted">{t('lgImportIntro')}</p>
      <SourceInput text={text} onText={typeText} source={source} onSource={setSource} disabled={busy} />
      {source && source.tables.length > 1 && !readingText && (
        <TableChooser tables={source.tables} index={tableIndex} onIndex={setTableIndex} />
      )}
      {textOffered && (
        <p class="lg-text-offer">
          <label>
            <input type="checkbox" checked={readingText} onChange={(e) => setAsText(e.currentTarget.checked)} />{' '}
            {tn('liReadAsText', textPreview.tasks.length)}
          </label>
        </p>
      )}
      {hasRows && (
        <>
          {!readingText && (
            <>
              <h4>{t('lgMappingHeading')}</h4>
              <MappingTable rows={rows} mapping={mapping} onChange={(m) => setCustom({ basis, mapping: m })} />
            </>
          )}
          <h4>{tn('lgPreviewHeading', preview.tasks.length)}</h4>
          {preview.warnings.length > 0 && (
            <ul class="lg-warnings" aria-label={t('lgWarningsLabel')}>
              {preview.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          )}
          {preview.tasks.length > 0 && (
            <PreviewTable tasks={preview.tasks} year={year} defaultDeadline={defaultDeadline} />
          )}
          <TargetChooser
            ledgers={ledgers}
            kind={kind}
            onKind={setKind}
            values={newValues}
            onValues={(v) => {
              if (v.title !== newValues.title) setTitleTyped(true);
              setValues(v);
            }}
            errors={errors}
            existingId={existing?.id ?? ''}
            onExisting={setExistingId}
            year={year}
          />
        </>
      )}
      {errors[FORM_ERROR] && (
        <p class="ui-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      <div class="ui-buttons">
        <button
          type="button"
          class="ui-primary"
          disabled={busy || preview.tasks.length === 0}
          onClick={() => void confirm()}
        >
          {tn('lgImportConfirm', preview.tasks.length)}
        </button>
        <button type="button" onClick={() => void dropPendingTable(getDb()).finally(onCancel)}>
          {t('lgImportClose')}
        </button>
      </div>
    </section>
  );
}
