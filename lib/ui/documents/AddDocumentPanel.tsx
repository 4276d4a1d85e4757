import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { indicatorChoices } from '../../db/custom-indicators';
import { settings } from '../../db/setting-keys';
import { t, tn } from '../../i18n/t';
import type { SavedDocument } from '../../db/documents';
import { errorText } from '../error-text';
import { Field } from '../ledgers/Field';
import { PreviewTable } from '../ledgers/import/PreviewTable';
import { SourceInput } from '../ledgers/import/SourceInput';
import { latestOnly, loadDraft, saveDraft } from '../ledgers/import/draft';
import type { ImportSource } from '../ledgers/import/source';
import { saveDocument } from './actions';
import { confirmedDocument, initialChoices, type ChoiceErrors, type TargetChoice } from './choices';
import { metaForm, metaValues, type MetaFormValues } from './meta-form';
import { previewDocument, type DocumentPreview } from './preview';
import { TargetChoices } from './TargetChoices';
import { useToday } from '../use-today';
import { useLiveQuery } from '../use-live-query';

interface Props {
  onCancel: () => void;
  onAdded: (saved: SavedDocument) => void;
}

type MetaErrors = Partial<Record<keyof MetaFormValues | 'form', string>>;

/**
 * Paste a document or pick a .docx → one preview: its header (editable), its tasks and its targets, each target
 * confirmed one by one. Nothing is written before 确认添加; then everything in one transaction. The pasted text is
 * kept as a draft (settings.documentDraft) until the document is added, so closing the page loses nothing.
 */
export function AddDocumentPanel({ onCancel, onAdded }: Props) {
  const [text, setText] = useState<string | null>(null);
  const saveLatest = useMemo(() => latestOnly((value) => saveDraft(getDb(), value, settings.documentDraft)), []);
  useEffect(() => void loadDraft(getDb(), settings.documentDraft).then(setText, () => setText('')), []);
  const [source, setSource] = useState<ImportSource | null>(null);
  const preview = useMemo<DocumentPreview | null>(() => {
    if (source) return previewDocument({ text: source.text, tables: source.tables, firstLeads: source.firstLeads });
    return text === null || text.trim() === '' ? null : previewDocument(text);
  }, [text, source]);
  // Edits and choices belong to the preview they were made on; a new paste starts from its own guesses.
  const [edits, setEdits] = useState<{ basis: DocumentPreview; meta: MetaFormValues } | null>(null);
  const [picked, setPicked] = useState<{ basis: DocumentPreview; choices: TargetChoice[] } | null>(null);
  const [keepTasks, setKeepTasks] = useState(true);
  const [metaErrors, setMetaErrors] = useState<MetaErrors>({});
  const [choiceErrors, setChoiceErrors] = useState<ChoiceErrors>({});
  const [busy, setBusy] = useState(false);
  const today = useToday();
  // Built-in indicators and the user's own, as they change (a document added meanwhile may bring new ones).
  const indicators = useLiveQuery(() => indicatorChoices(getDb()), []) ?? [];

  const meta = preview && edits?.basis === preview ? edits.meta : preview ? metaValues(preview.meta) : null;
  const choices =
    preview && picked?.basis === preview ? picked.choices : preview ? initialChoices(preview.targets) : [];
  const year = Number((meta?.issued || today).slice(0, 4));

  const confirm = async () => {
    if (!preview || !meta) return;
    setMetaErrors({});
    const parsed = metaForm.safeParse(meta);
    const fieldErrors: MetaErrors = {};
    if (!parsed.success)
      for (const issue of parsed.error.issues) fieldErrors[issue.path[0] as keyof MetaFormValues] ??= issue.message;
    const { document, errors } = confirmedDocument(
      preview,
      parsed.success ? parsed.data : preview.meta,
      source?.text ?? text ?? '',
      choices,
      keepTasks,
    );
    setChoiceErrors(errors);
    if (!parsed.success || Object.keys(errors).length > 0)
      return setMetaErrors({ ...fieldErrors, form: t('dlFixErrors') });
    setBusy(true);
    try {
      const saved = await saveDocument(document);
      await saveLatest('');
      onAdded(saved);
    } catch (e) {
      setMetaErrors({ form: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const field = (name: keyof MetaFormValues, label: string, extra: { required?: boolean; type?: 'date' } = {}) =>
    meta && (
      <Field
        label={label}
        value={meta[name]}
        error={metaErrors[name]}
        onInput={(v) => preview && setEdits({ basis: preview, meta: { ...meta, [name]: v } })}
        {...extra}
      />
    );
  const kept = choices.filter((c) => c.kind !== 'skip').length;
  const created = choices.filter((c) => c.kind === 'new').length;
  const taskCount = keepTasks ? (preview?.tasks.length ?? 0) : 0;

  return (
    <section class="ui-panel dl-add" aria-labelledby="dl-add-heading">
      <h3 id="dl-add-heading">{t('dlAddHeading')}</h3>
      <p class="ui-muted">{t('dlAddIntro')}</p>
      {text === null ? (
        <p>{t('loading')}</p>
      ) : (
        <SourceInput
          text={text}
          onText={(value) => {
            setText(value);
            void saveLatest(value);
          }}
          source={source}
          onSource={setSource}
          disabled={busy}
        />
      )}
      {preview && meta && (
        <>
          <h4>{t('dlMetaHeading')}</h4>
          <div class="ui-grid">
            {field('title', t('dlFieldTitle'), { required: true })}
            {field('issuer', t('dlFieldIssuer'))}
            {field('docNumber', t('dlFieldDocNumber'))}
            {field('issued', t('dlFieldIssued'), { type: 'date' })}
            {field('region', t('dlFieldRegion'))}
          </div>
          <h4>{tn('dlTasksHeading', preview.tasks.length)}</h4>
          {preview.tasks.length === 0 ? (
            <p class="ui-muted">{t('dlNoTasks')}</p>
          ) : (
            <>
              <label class="dl-keep">
                <input type="checkbox" checked={keepTasks} onChange={(e) => setKeepTasks(e.currentTarget.checked)} />{' '}
                {t('dlKeepTasks')}
              </label>
              <PreviewTable tasks={preview.tasks} year={year} defaultDeadline={null} />
            </>
          )}
          <h4>{tn('dlTargetsHeading', preview.targets.length)}</h4>
          {preview.targets.length === 0 ? (
            <p class="ui-muted">{t('dlNoTargets')}</p>
          ) : (
            <TargetChoices
              targets={preview.targets}
              choices={choices}
              errors={choiceErrors}
              indicators={indicators}
              onChoices={(next) => setPicked({ basis: preview, choices: next })}
            />
          )}
          <p class="ui-hint" role="status">
            {t('dlSummary', [String(taskCount), String(kept), String(created)])}
          </p>
        </>
      )}
      {metaErrors.form && (
        <p class="ui-error" role="alert">
          {metaErrors.form}
        </p>
      )}
      <div class="ui-buttons">
        <button type="button" class="ui-primary" disabled={busy || !preview} onClick={() => void confirm()}>
          {busy ? t('dlSaving') : t('dlConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('dlCancel')}
        </button>
      </div>
    </section>
  );
}
