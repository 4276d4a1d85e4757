import { unitText } from './display-text';
import type { CatalogTarget } from '../../model/indicator/schema';
import { t } from '../../i18n/t';
import { ConflictChoice } from '../reliability/ConflictChoice';

/** One target as typed in the target editor; `key` names it across pages (lib/indicators/target-edit.ts). */
export interface TargetRowValues {
  key: string;
  op: '>=' | '<=' | 'between';
  a: string;
  b: string;
  by: string;
  /** The target this row was opened from: its document and clause stay with it. */
  keep: CatalogTarget | null;
}

interface Props {
  row: TargetRowValues;
  unit: string;
  onChange: (patch: Partial<TargetRowValues>) => void;
  onRemove: () => void;
  /** Another page changed or removed this target meanwhile: both versions are shown to choose from. */
  conflict?: Parameters<typeof ConflictChoice>[0];
}

function BoundInput({ label, value, onInput }: { label: string; value: string; onInput: (v: string) => void }) {
  return (
    <input type="text" size={8} aria-label={label} value={value} onInput={(e) => onInput(e.currentTarget.value)} />
  );
}

/** A target's direction, value (and upper bound for a band), unit, deadline and a button to remove it. */
export function TargetRow({ row, unit, onChange, onRemove, conflict }: Props) {
  return (
    <div class="ui-inline" data-target-key={row.key}>
      <select
        aria-label={t('indTargetOp')}
        value={row.op}
        onChange={(e) => onChange({ op: e.currentTarget.value as TargetRowValues['op'] })}
      >
        <option value=">=">≥</option>
        <option value="<=">≤</option>
        <option value="between">{t('indBetween')}</option>
      </select>
      <BoundInput label={t('indTargetValue')} value={row.a} onInput={(a) => onChange({ a })} />
      {row.op === 'between' && <BoundInput label={t('indTargetMax')} value={row.b} onInput={(b) => onChange({ b })} />}
      <span>{unitText(unit)}</span>
      <input
        type="month"
        aria-label={t('indTargetBy')}
        value={row.by}
        onInput={(e) => onChange({ by: e.currentTarget.value })}
      />
      <button type="button" class="ui-link ui-danger" onClick={onRemove}>
        {t('indRemoveTarget')}
      </button>
      {conflict && <ConflictChoice {...conflict} />}
    </div>
  );
}
