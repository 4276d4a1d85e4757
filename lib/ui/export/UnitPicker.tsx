import type { UnitRecord } from '../../model/records';
import { unitTree } from '../../model/indicator/unit-tree';
import { t } from '../../i18n/t';

/** Which units' indicators go into the report; a parent unit reports the sum of its children. */
export function UnitPicker({
  units,
  selected,
  onChange,
}: {
  units: UnitRecord[];
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  if (units.length === 0) return <p class="ui-muted">{t('exNoUnits')}</p>;
  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));
  return (
    <fieldset class="ex-units">
      <legend>{t('exUnits')}</legend>
      {unitTree(units).map(({ unit, depth }) => (
        <label key={unit.id} style={{ paddingLeft: `${depth * 1.2}em` }}>
          <input
            type="checkbox"
            checked={selected.includes(unit.id)}
            onChange={(e) => toggle(unit.id, e.currentTarget.checked)}
          />
          {unit.name}
        </label>
      ))}
    </fieldset>
  );
}
