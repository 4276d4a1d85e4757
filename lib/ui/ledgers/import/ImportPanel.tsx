import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../../db/database';
import { ledgerYear } from '../../../db/ledger-edits';
import type { LedgerRecord } from '../../../model/records';
import type { ColumnMapping } from '../../../ledger/table-columns';
import { parseLedgerRows, splitTableText } from '../../../ledger/table-import';
import { t } from '../../../i18n/t';
import { importTable } from '../actions';
import { FORM_ERROR, emptyLedgerForm, errorsOf, fieldErrors, ledgerForm, type FieldErrors } from '../fields';
import { latestOnly, loadDraft, saveDraft } from './draft';
import { guessTitle } from './guess';
import { initialMapping } from './mapping';
import { MappingTable } from './MappingTable';
import { PreviewTable } from './PreviewTable';
import { SourceInput, type FileSource } from './SourceInput';
import { TargetChooser, type TargetKind } from './TargetChooser';

interface Props {
  ledgers: LedgerRecord[];
  onCancel: () => void;
  onImported: (ledger: LedgerRecord, count: number, undo: () => Promise<void>) => void;
}

/** Paste or pick a table → check the column mapping and the preview → import. Nothing is written before 导入. */
export function ImportPanel({ ledgers, onCancel, onImported }: Props) {
  const [text, setText] = useState<string | null>(null);
  const [file, setFile] = useState<FileSource | null>(null);
  const saveLatest = useMemo(() => latestOnly((value) => saveDraft(getDb(), value)), []);
  useEffect(() => void loadDraft(getDb()).then(setText, () => setText('')), []);

  const rows = useMemo(() => file?.rows ?? splitTableText(text ?? ''), [file, text]);
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
  const year = kind === 'existing' && existing ? ledgerYear(existing) : ledgerYear({ issued: newValues.issued || null, title: newValues.title, createdAt: openedAt });
  const defaultDeadline = kind === 'existing' ? (existing?.defaultDeadline ?? null) : null;
  const preview = useMemo(() => parseLedgerRows(rows, mapping, { year }), [rows, mapping, year]);

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
      const result = await importTable({ rows, mapping, target });
      if (!file) await saveLatest('');
      onImported(result.ledger, result.tasks.length, result.undo);
    } catch (e) {
      setErrors(errorsOf(e));
    } finally {
      setBusy(false);
    }
  };

  const hasRows = rows.length > 0;
  return (
    <section class="lg-panel lg-import" aria-labelledby="lg-import-heading">
      <h3 id="lg-import-heading">{t('lgImportHeading')}</h3>
      <p class="lg-muted">{t('lgImportIntro')}</p>
      <SourceInput text={text} onText={typeText} file={file} onFile={setFile} disabled={busy} />
      {hasRows && (
        <>
          <h4>{t('lgMappingHeading')}</h4>
          <MappingTable rows={rows} mapping={mapping} onChange={(m) => setCustom({ basis, mapping: m })} />
          <h4>{t('lgPreviewHeading', String(preview.tasks.length))}</h4>
          {preview.warnings.length > 0 && (
            <ul class="lg-warnings" aria-label={t('lgWarningsLabel')}>
              {preview.warnings.map((w, i) => <li key={i}>{w}</li>)}
            </ul>
          )}
          {preview.tasks.length > 0 && <PreviewTable tasks={preview.tasks} year={year} defaultDeadline={defaultDeadline} />}
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
      {errors[FORM_ERROR] && <p class="lg-error" role="alert">{errors[FORM_ERROR]}</p>}
      <div class="lg-buttons">
        <button type="button" class="lg-primary" disabled={busy || preview.tasks.length === 0} onClick={() => void confirm()}>
          {t('lgImportConfirm', String(preview.tasks.length))}
        </button>
        <button type="button" onClick={onCancel}>{t('lgImportClose')}</button>
      </div>
    </section>
  );
}
