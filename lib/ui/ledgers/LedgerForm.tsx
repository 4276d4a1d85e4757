import { useState } from 'preact/hooks';
import type { LedgerRecord } from '../../model/records';
import { ledgerYear } from '../../db/ledger-edits';
import { t } from '../../i18n/t';
import { saveLedger } from './actions';
import { LedgerFields } from './LedgerFields';
import { useEditBase } from '../reliability/use-edit-base';
import {
  FORM_ERROR,
  emptyLedgerForm,
  errorsOf,
  fieldErrors,
  fieldText,
  ledgerForm,
  type FieldErrors,
  type LedgerFormValues,
} from './fields';

interface Props {
  /** null creates a new ledger. */
  ledger: LedgerRecord | null;
  onDone: (saved: LedgerRecord | null) => void;
}

const valuesOf = (l: LedgerRecord): LedgerFormValues => ({
  title: l.title,
  issuer: l.issuer,
  docNumber: l.docNumber ?? '',
  issued: l.issued ?? '',
  region: l.region,
});

/**
 * Creates a ledger or corrects its title, issuer, number, date and region. An edit writes only the fields the user
 * changed; one another page changed too is shown beside the field with both values (EditConflict).
 */
export function LedgerForm({ ledger, onDone }: Props) {
  const [values, setValues] = useState<LedgerFormValues>(() => (ledger ? valuesOf(ledger) : emptyLedgerForm));
  const edit = useEditBase(() => {
    const opened = ledger ? ledgerForm.safeParse(valuesOf(ledger)) : null;
    return opened?.success ? opened.data : undefined;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [openedAt] = useState(Date.now);
  const year = ledgerYear({
    issued: values.issued || null,
    title: values.title,
    createdAt: ledger?.createdAt ?? openedAt,
  });

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = ledgerForm.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setBusy(true);
    try {
      onDone(await saveLedger(ledger?.id ?? null, { ...parsed.data, base: edit.base }));
    } catch (error) {
      edit.caught(error);
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  const put = (name: keyof LedgerFormValues) => (v: string) => setValues((old) => ({ ...old, [name]: v }));
  const conflictOf = (name: keyof LedgerFormValues) => edit.choice(name, values[name], put(name), fieldText);

  return (
    <form
      class="ui-panel lg-ledger-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={ledger ? t('lgEditLedgerLabel', ledger.title) : t('lgNewLedger')}
    >
      {!ledger && <h3>{t('lgNewLedger')}</h3>}
      <LedgerFields values={values} errors={errors} onChange={setValues} year={year} conflictOf={conflictOf} />
      {errors[FORM_ERROR] && (
        <p class="ui-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      <div class="ui-buttons">
        <button type="submit" class="ui-primary" disabled={busy}>
          {ledger ? t('lgSave') : t('lgCreate')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('lgCancel')}
        </button>
      </div>
    </form>
  );
}
