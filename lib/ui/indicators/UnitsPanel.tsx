import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import type { UnitRecord } from '../../model/records';
import { createUnit, deleteUnit, undoDeleteUnit, updateUnit, type UnitDraft } from '../../db/units';
import { t, tn } from '../../i18n/t';
import { unitTree } from '../../model/indicator/unit-tree';
import { errorText } from '../error-text';
import { EditConflict } from '../../model/edit-merge';
import { ConflictChoice } from '../reliability/ConflictChoice';
import { useEditBase } from '../reliability/use-edit-base';

interface Props {
  units: UnitRecord[];
  selected: string | null;
  onSelect: (id: string) => void;
  onUndoable: (message: string, undo: () => Promise<void>) => void;
}

interface FormState {
  /** null: a new unit. */
  id: string | null;
  name: string;
  parentId: string;
}

/**
 * The unit list as a tree; pick one to enter or view its figures; add, rename, move and delete units. A rename or
 * move writes only what the user changed; a field another page changed too shows both values (EditConflict).
 */
export function UnitsPanel({ units, selected, onSelect, onUndoable }: Props) {
  const [form, setForm] = useState<FormState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rows = unitTree(units);
  const edit = useEditBase<UnitDraft>(() => undefined);
  const open = (next: FormState) => {
    setForm(next);
    setError(null);
    edit.reset(next.id ? { name: next.name, parentId: next.parentId || null } : undefined);
  };
  const unitName = (id: string) => (id ? (units.find((u) => u.id === id)?.name ?? id) : t('indNoParent'));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    setError(null);
    const draft = { name: form.name, parentId: form.parentId || null };
    try {
      const saved = form.id
        ? await updateUnit(getDb(), form.id, { ...draft, base: edit.base })
        : await createUnit(getDb(), draft);
      setForm(null);
      onSelect(saved.id);
    } catch (err) {
      edit.caught(err);
      setError(err instanceof EditConflict ? t('igConflictForm') : errorText(err));
    }
  };
  const remove = async (unit: UnitRecord) => {
    const deleted = await deleteUnit(getDb(), unit.id);
    onUndoable(tn('indUnitDeleted', deleted.figures.length, [unit.name, String(deleted.figures.length)]), () =>
      undoDeleteUnit(getDb(), deleted),
    );
  };

  const put = (key: 'name' | 'parentId') => (value: string) => setForm((f) => f && { ...f, [key]: value });
  const nameChoice = form && edit.choice('name', form.name, put('name'), (v) => String(v ?? ''));
  const parentChoice =
    form && edit.choice('parentId', form.parentId, put('parentId'), (v) => String(v ?? ''), unitName);

  return (
    <section class="ind-units" aria-labelledby="ind-units-heading">
      <div class="ui-toolbar">
        <h3 id="ind-units-heading">{t('indUnits')}</h3>
        <button type="button" onClick={() => open({ id: null, name: '', parentId: selected ?? '' })}>
          {t('indNewUnit')}
        </button>
      </div>
      {rows.length === 0 && <p class="ui-muted">{t('indNoUnits')}</p>}
      <ul class="ind-unit-list">
        {rows.map(({ unit, depth, hasChildren }) => (
          <li
            key={unit.id}
            style={{ paddingLeft: `${depth * 1.2}em` }}
            class={unit.id === selected ? 'ind-selected' : ''}
          >
            <button
              type="button"
              class="ui-link ind-unit-name"
              aria-pressed={unit.id === selected}
              onClick={() => onSelect(unit.id)}
            >
              {unit.name}
            </button>
            {hasChildren && <span class="ui-tag">{t('indSumOfChildren')}</span>}
            <button
              type="button"
              class="ui-link"
              aria-label={t('indEditUnitLabel', unit.name)}
              onClick={() => open({ id: unit.id, name: unit.name, parentId: unit.parentId ?? '' })}
            >
              {t('indEditUnit')}
            </button>
            <button
              type="button"
              class="ui-link ui-danger"
              aria-label={t('indDeleteUnitLabel', unit.name)}
              onClick={() => void remove(unit)}
            >
              {t('indDeleteUnit')}
            </button>
          </li>
        ))}
      </ul>
      {form && (
        <form class="ui-panel" onSubmit={(e) => void submit(e)}>
          <label class="ui-field">
            {t('indUnitName')}
            <input
              type="text"
              value={form.name}
              aria-invalid={error ? true : undefined}
              onInput={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
            {nameChoice && <ConflictChoice {...nameChoice} />}
          </label>
          <label class="ui-field">
            {t('indUnitParent')}
            <select value={form.parentId} onChange={(e) => setForm({ ...form, parentId: e.currentTarget.value })}>
              <option value="">{t('indNoParent')}</option>
              {rows
                .filter((r) => r.unit.id !== form.id)
                .map((r) => (
                  <option key={r.unit.id} value={r.unit.id}>
                    {'　'.repeat(r.depth) + r.unit.name}
                  </option>
                ))}
            </select>
            {parentChoice && <ConflictChoice {...parentChoice} />}
          </label>
          {error && (
            <span class="ui-error" role="alert">
              {error}
            </span>
          )}
          <div class="ui-buttons">
            <button type="submit" class="ui-primary">
              {form.id ? t('lgSave') : t('lgCreate')}
            </button>
            <button type="button" onClick={() => setForm(null)}>
              {t('lgCancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
