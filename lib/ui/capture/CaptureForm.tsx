import { useEffect, useState } from 'preact/hooks';
import type { PendingCapture } from '../../db/capture';
import type { DueReason } from '../../ledger/capture-draft';
import { t, type MessageKey } from '../../i18n/t';
import { Field } from '../ledgers/Field';
import { FORM_ERROR, errorsOf, fieldErrors, type FieldErrors } from '../ledgers/fields';
import { captureForm, TEMPORARY, type CaptureFormValues } from './form';
import type { CaptureFormData } from './capture-data';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './capture.css';

const load = () => import('./capture-data');

const REASON_KEY: Record<DueReason, MessageKey> = {
  single: 'capReasonSingle',
  next: 'capReasonNext',
  passed: 'capReasonPassed',
  period: 'capReasonPeriod',
  recurring: 'capReasonRecurring',
  none: 'capReasonNone',
};

interface Props {
  pending: PendingCapture;
  inWindow: boolean;
  onSaved: (message: string) => void;
}

/** The pre-filled task: nothing is written until "加入台账"; "不加入" drops the capture. */
export function CaptureForm({ pending, inWindow, onSaved }: Props) {
  const [data, setData] = useState<CaptureFormData | null>(null);
  const [values, setValues] = useState<CaptureFormValues | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // The capture as the form first read it: the stored row changes with every saved edit, the form must not reload.
  const [initial] = useState(pending);
  const [edited, setEdited] = useState<CaptureFormValues | null>(null);

  useEffect(() => {
    let live = true;
    load()
      .then((m) => m.loadForm(initial))
      .then((loaded) => {
        if (!live) return;
        const { draft } = loaded;
        setData(loaded);
        setValues(
          initial.form ?? {
            title: draft.title,
            deadlineText: draft.deadlineText,
            due: draft.due ?? '',
            lead: draft.lead.join('、'),
            partners: draft.partners.join('、'),
            ledger: loaded.temporaryId ?? TEMPORARY,
          },
        );
      })
      .catch((e: unknown) => setErrors(errorsOf(e)));
    return () => {
      live = false;
    };
  }, [initial]);

  // Typed values go with the pending capture, a moment after typing stops.
  useEffect(() => {
    if (!edited) return;
    const timer = setTimeout(
      () =>
        void load()
          .then((m) => m.keepEdits(initial.at, edited))
          .catch((e: unknown) => console.warn('capture edits', e)),
      300,
    );
    return () => clearTimeout(timer);
  }, [edited, initial]);

  if (!data || !values) {
    return errors[FORM_ERROR] ? (
      <p class="ui-error" role="alert">
        {errors[FORM_ERROR]}
      </p>
    ) : null;
  }
  const { draft, year, ledgers, temporaryId } = data;
  const change = (next: CaptureFormValues) => {
    setValues(next);
    setEdited(next);
  };
  const set = (name: keyof CaptureFormValues) => (value: string) => change({ ...values, [name]: value });
  const chosen = draft.dates.find((d) => d.text === draft.deadlineText);
  const others = draft.dates.filter((d) => d !== chosen && d.due !== null);

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = captureForm().safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setBusy(true);
    try {
      const { title, deadlineText, due, lead, partners, ledger } = parsed.data;
      const saved = await (
        await load()
      ).saveCapture({
        ledgerId: ledger === TEMPORARY ? null : ledger,
        year,
        title,
        lead,
        partners,
        deadlineText,
        due,
        source: draft.source,
        text: draft.text,
        at: pending.at,
      });
      onSaved(t('capSaved', [saved.ledger.title, saved.task.title]));
      if (inWindow) window.close();
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  const discard = async () => {
    await (await load()).discard(pending.at);
    if (inWindow) window.close();
  };

  const field = (name: keyof CaptureFormValues, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field label={label} value={values[name]} onInput={set(name)} error={errors[name]} {...extra} />
  );

  return (
    <form class="ui-page cap" aria-label={t('capFormLabel')} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('capHeading')}</h2>
      {pending.tableNotFound && (
        <p class="ui-warn-text" role="status">
          {t('capTableNotFound')}
        </p>
      )}
      {draft.text === '' && (
        <p class="ui-warn-text" role="status">
          {t('capEmptySelection')}
        </p>
      )}
      {field('title', t('capFieldTitle'), { multiline: true, required: true })}
      <div class="cap-row">
        {field('deadlineText', t('capFieldDeadline'))}
        {field('due', t('capFieldDue'), { type: 'date' })}
      </div>
      <p class="ui-hint" data-reason={draft.dueReason}>
        {t(REASON_KEY[draft.dueReason], draft.deadlineText)}
        {/工作日/.test(values.deadlineText) && ` ${t('capWorkdaysNote')}`}
      </p>
      {others.length > 0 && (
        <p class="ui-hint">
          {t('capOtherDates')}{' '}
          {others.map((d) => (
            <button
              type="button"
              class="ui-link"
              key={d.index}
              onClick={() => change({ ...values, deadlineText: d.text, due: d.due ?? '' })}
            >
              {t('capUseDate', [d.text, d.due ?? ''])}
            </button>
          ))}
        </p>
      )}
      {field('lead', t('capFieldLead'), { hint: t('capDepartmentsHint') })}
      {field('partners', t('capFieldPartners'))}
      {draft.sendTo.length > 0 && <p class="ui-hint">{t('capSendTo', draft.sendTo.join('、'))}</p>}
      <div class="ui-field">
        <label for="cap-ledger">{t('capFieldLedger')}</label>
        <select id="cap-ledger" value={values.ledger} onChange={(e) => set('ledger')(e.currentTarget.value)}>
          {/* The ledger it makes keeps its Chinese title (temporaryLedgerTitle): reports carry it, captures find it. */}
          {temporaryId === null && <option value={TEMPORARY}>{t('capNewTemporary', String(year))}</option>}
          {ledgers.map((l) => (
            <option value={l.id} key={l.id}>
              {l.title}
            </option>
          ))}
        </select>
      </div>
      {(draft.source.title || draft.source.url) && (
        <p class="ui-hint cap-source">
          {t('capSource')}
          {draft.source.title || draft.source.url}
          {draft.source.url && draft.source.title && <span class="cap-url"> {draft.source.url}</span>}
        </p>
      )}
      {draft.text !== '' && draft.text !== values.title.trim() && <p class="ui-hint">{t('capNoteKept')}</p>}
      {errors[FORM_ERROR] && (
        <p class="ui-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      <div class="ui-buttons">
        <button type="submit" class="ui-primary" disabled={busy}>
          {t('capConfirm')}
        </button>
        <button type="button" onClick={() => void discard()} disabled={busy}>
          {t('capDiscard')}
        </button>
      </div>
    </form>
  );
}
