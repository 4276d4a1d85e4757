import { useId } from 'preact/hooks';
import type { LedgerRecord } from '../../../model/records';
import { t } from '../../../i18n/t';
import { LedgerFields } from '../LedgerFields';
import type { FieldErrors, LedgerFormValues } from '../fields';

export type TargetKind = 'new' | 'existing';

interface Props {
  ledgers: LedgerRecord[];
  kind: TargetKind;
  onKind: (kind: TargetKind) => void;
  values: LedgerFormValues;
  onValues: (values: LedgerFormValues) => void;
  errors: FieldErrors;
  existingId: string;
  onExisting: (id: string) => void;
  year: number;
}

/** Where the import goes: a new ledger (title, issuer, date → the year of 年底前) or the end of an existing one. */
export function TargetChooser(props: Props) {
  const id = useId();
  const { kind, onKind, ledgers } = props;
  return (
    <fieldset class="ui-group lg-target">
      <legend>{t('lgTargetLegend')}</legend>
      <div class="lg-radios">
        <label>
          <input type="radio" name={`${id}-target`} checked={kind === 'new'} onChange={() => onKind('new')} />
          {t('lgTargetNew')}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-target`}
            checked={kind === 'existing'}
            disabled={ledgers.length === 0}
            onChange={() => onKind('existing')}
          />
          {t('lgTargetExisting')}
        </label>
      </div>
      {kind === 'new' ? (
        <LedgerFields
          values={props.values}
          errors={props.errors}
          onChange={props.onValues}
          year={props.year}
          omit={['region']}
        />
      ) : (
        <div class="ui-field">
          <label for={`${id}-ledger`}>{t('lgTargetLedger')}</label>
          <select
            id={`${id}-ledger`}
            value={props.existingId}
            onChange={(e) => props.onExisting(e.currentTarget.value)}
          >
            {ledgers.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
          </select>
          <span class="ui-hint">{t('lgLedgerYearHint', String(props.year))}</span>
        </div>
      )}
    </fieldset>
  );
}
