import { t } from '../../i18n/t';
import { useLiveQueryOf } from '../use-live-query';
import { checklistData } from './actions';

export type DepartmentsUpdate = (stored: string[]) => string[];

/**
 * Checkboxes for "my departments", offered from the lead departments found in the ledgers. Changes are
 * functions of the stored list, so two quick clicks both count.
 */
export function DepartmentPicker({
  selected,
  onChange,
}: {
  selected: string[];
  onChange: (update: DepartmentsUpdate) => void;
}) {
  const found = useLiveQueryOf(checklistData, (data) => data.departments(), []);
  if (!found) return <p class="cl-muted">{t('loading')}</p>;
  // A chosen department whose ledgers were deleted still shows, so it can be unticked.
  const names = [...new Set([...selected.filter((d) => !found.includes(d)), ...found])];
  if (names.length === 0) return <p class="cl-muted">{t('clNoDepartments')}</p>;
  const toggle = (name: string, on: boolean) =>
    onChange((stored) => (on ? [...stored.filter((d) => d !== name), name] : stored.filter((d) => d !== name)));
  return (
    <fieldset class="cl-departments">
      <legend>{t('clDepartmentPicker')}</legend>
      <button type="button" class="cl-link" disabled={selected.length === 0} onClick={() => onChange(() => [])}>
        {t('clClearDepartments')}
      </button>
      <ul>
        {names.map((name) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                data-department={name}
                checked={selected.includes(name)}
                onChange={(e) => toggle(name, e.currentTarget.checked)}
              />
              {name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
