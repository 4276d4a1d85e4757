import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { removeUserIndicator, saveTargetEdit } from '../../db/custom-indicators';
import { getIndicator } from '../../indicators/catalog';
import { keyTargets, newTargetKey, targetFields, type KeyedTargets } from '../../indicators/target-edit';
import type { CatalogTarget, IndicatorDef } from '../../model/indicator/schema';
import { t } from '../../i18n/t';
import { errorText } from '../error-text';
import { useEditBase } from '../reliability/use-edit-base';
import { ConflictChoice } from '../reliability/ConflictChoice';
import { deadlineText, indicatorName, targetText } from './display-text';
import { TargetRow, type TargetRowValues as Row } from './TargetRow';

const toRow = (key: string, tg: CatalogTarget): Row => ({
  key,
  op: tg.op,
  a: String(tg.op === 'between' ? tg.min : tg.value),
  b: tg.op === 'between' ? String(tg.max) : '',
  by: tg.by ?? '',
  keep: tg,
});

const newRow = (): Row => ({ key: newTargetKey(), op: '>=', a: '', b: '', by: '', keep: null });

function toTarget(row: Row): CatalogTarget | string {
  const a = Number(row.a.normalize('NFKC'));
  const b = Number(row.b.normalize('NFKC'));
  if (row.a.trim() === '' || !Number.isFinite(a)) return t('indTargetNotNumber');
  const meta = { by: row.by || null, source: row.keep?.source ?? null, clause: row.keep?.clause ?? '', key: row.key };
  if (row.op !== 'between') return { op: row.op, value: a, ...meta };
  if (row.b.trim() === '' || !Number.isFinite(b)) return t('indTargetMaxNotNumber');
  if (a > b) return t('indTargetBandReversed');
  return { op: 'between', min: a, max: b, ...meta };
}

/**
 * Changes an indicator's targets and deadlines; a built-in one can go back to its documents' targets. A save
 * writes only the targets the user changed, added or removed since the editor opened: another page's change to
 * another target is kept, and a target both changed is shown with both versions to choose from (nothing is saved).
 */
export function TargetEditor({ def, onDone }: { def: IndicatorDef; onDone: () => void }) {
  const [rows, setRows] = useState(() => keyTargets(def.targets).map(([key, tg]) => toRow(key, tg)));
  const [error, setError] = useState<string | null>(null);
  const edit = useEditBase<KeyedTargets>(() => targetFields(def.targets));
  const builtIn = getIndicator(def.id) !== undefined;
  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const shown = (target: CatalogTarget | null) =>
    target ? `${targetText(target, def.unit)}，${deadlineText(target)}` : '';
  const rowText = (row: Row) => {
    const target = toTarget(row);
    return typeof target === 'string' ? row.a : shown(target);
  };
  /** Both versions of a target both pages changed; keeping the other page's puts it back, or removes the row. */
  const choiceFor = (key: string, mine: string): Parameters<typeof ConflictChoice>[0] | undefined => {
    const conflict = edit.conflicts[key];
    if (!conflict) return undefined;
    const theirs = conflict.theirs as CatalogTarget | null;
    return {
      theirs: shown(theirs),
      mine,
      onTheirs: () => {
        const others = rows.filter((r) => r.key !== key);
        const at = rows.findIndex((r) => r.key === key);
        if (theirs) others.splice(at < 0 ? others.length : at, 0, toRow(key, theirs));
        setRows(others);
        edit.resolve(key);
      },
      onMine: () => edit.resolve(key),
    };
  };
  // Targets this form removed that the other page changed: shown below the rows until the user chooses.
  const removedInConflict = Object.keys(edit.conflicts).filter((key) => !rows.some((r) => r.key === key));

  const save = async (e: Event) => {
    e.preventDefault();
    const targets = rows.map(toTarget);
    const bad = targets.find((x): x is string => typeof x === 'string');
    if (bad || targets.length === 0) return setError(bad ?? t('indTargetNeedOne'));
    try {
      await saveTargetEdit(getDb(), def.id, targets as CatalogTarget[], edit.base);
      onDone();
    } catch (err) {
      setError(edit.caught(err) ? t('igConflictForm') : errorText(err));
    }
  };
  const reset = async () => {
    await removeUserIndicator(getDb(), def.id);
    onDone();
  };
  return (
    <form class="ui-panel" onSubmit={(e) => void save(e)} aria-label={t('indEditTargetsLabel', indicatorName(def))}>
      <h4>{t('indEditTargetsLabel', indicatorName(def))}</h4>
      {rows.map((row, i) => (
        <TargetRow
          key={row.key}
          row={row}
          unit={def.unit}
          onChange={(patch) => update(i, patch)}
          onRemove={() => setRows(rows.filter((_, j) => j !== i))}
          conflict={choiceFor(row.key, rowText(row))}
        />
      ))}
      {removedInConflict.map((key) => {
        const choice = choiceFor(key, '');
        return (
          choice && (
            <div class="ui-inline" key={key} data-target-key={key}>
              <ConflictChoice {...choice} />
            </div>
          )
        );
      })}
      {error && (
        <span class="ui-error" role="alert">
          {error}
        </span>
      )}
      <div class="ui-buttons">
        <button type="button" onClick={() => setRows([...rows, newRow()])}>
          {t('indAddTarget')}
        </button>
        <button type="submit" class="ui-primary">
          {t('lgSave')}
        </button>
        {builtIn && (
          <button type="button" onClick={() => void reset()}>
            {t('indResetTargets')}
          </button>
        )}
        {!builtIn && (
          <button type="button" class="ui-danger" onClick={() => void reset()}>
            {t('indDeleteIndicator')}
          </button>
        )}
        <button type="button" onClick={onDone}>
          {t('lgCancel')}
        </button>
      </div>
    </form>
  );
}
