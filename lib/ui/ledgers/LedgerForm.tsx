import { useState } from 'preact/hooks';
import type { LedgerRecord } from '../../model/records';
import { ledgerYear } from '../../db/ledger-edits';
import { t } from '../../i18n/t';
import { saveLedger } from './actions';
import { LedgerFields } from './LedgerFields';
import {
  FORM_ERROR,
  emptyLedgerForm,
  errorsOf,
  fieldErrors,
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

/** Creates a ledger or corrects its title, issuer, number, date and region. */
export function LedgerForm({ ledger, onDone }: Props) {
  const [values, setValues] = useState<LedgerFormValues>(() => (ledger ? valuesOf(ledger) : emptyLedgerForm));
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
      onDone(await saveLedger(ledger?.id ?? null, parsed.data));
    } catch (error) {
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      class="lg-panel lg-ledger-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={ledger ? t('lgEditLedgerLabel', ledger.title) : t('lgNewLedger')}
    >
      {!ledger && <h3>{t('lgNewLedger')}</h3>}
      <LedgerFields values={values} errors={errors} onChange={setValues} year={year} />
      {errors[FORM_ERROR] && (
        <p class="lg-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      <div class="lg-buttons">
        <button type="submit" class="lg-primary" disabled={busy}>
          {ledger ? t('lgSave') : t('lgCreate')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('lgCancel')}
        </button>
      </div>
    </form>
  );
}
