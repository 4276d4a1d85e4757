import { t } from '../../i18n/t';
import { Field } from './Field';
import type { ConflictChoice } from '../reliability/ConflictChoice';
import type { FieldErrors, LedgerFormValues } from './fields';

interface Props {
  values: LedgerFormValues;
  errors: FieldErrors;
  onChange: (values: LedgerFormValues) => void;
  /** The year relative deadlines will use, shown under the issue date. */
  year: number;
  /** Fields the caller leaves out (the import asks only what it needs). */
  omit?: Array<keyof LedgerFormValues>;
  /** Both values of a field another page changed too (the edit form's conflicts). */
  conflictOf?: (name: keyof LedgerFormValues) => Parameters<typeof ConflictChoice>[0] | undefined;
}

/** The ledger's own fields, shared by the create/rename form and the import target. */
export function LedgerFields({ values, errors, onChange, year, omit = [], conflictOf }: Props) {
  const field = (
    name: keyof LedgerFormValues,
    label: string,
    extra: { required?: boolean; type?: 'date'; hint?: string; class?: string } = {},
  ) =>
    omit.includes(name) ? null : (
      <Field
        label={label}
        value={values[name]}
        error={errors[name]}
        onInput={(v) => onChange({ ...values, [name]: v })}
        conflict={conflictOf?.(name)}
        {...extra}
      />
    );
  return (
    <div class="ui-grid">
      {field('title', t('lgLedgerTitle'), { required: true, class: 'lg-full' })}
      {field('issuer', t('lgLedgerIssuer'))}
      {field('docNumber', t('lgLedgerDocNumber'))}
      {field('issued', t('lgLedgerIssued'), { type: 'date', hint: t('lgLedgerYearHint', String(year)) })}
      {field('region', t('lgLedgerRegion'))}
    </div>
  );
}
