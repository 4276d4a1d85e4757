import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { removeUserIndicator, saveTargets } from '../../db/custom-indicators';
import { getIndicator } from '../../indicators/catalog';
import type { CatalogTarget, IndicatorDef } from '../../model/indicator/schema';
import { t } from '../../i18n/t';
import { errorText } from '../error-text';
import { indicatorName, unitText } from './display-text';

interface Row {
  op: '>=' | '<=' | 'between';
  a: string;
  b: string;
  by: string;
  keep: CatalogTarget | null;
}

const toRow = (tg: CatalogTarget): Row => ({
  op: tg.op,
  a: String(tg.op === 'between' ? tg.min : tg.value),
  b: tg.op === 'between' ? String(tg.max) : '',
  by: tg.by ?? '',
  keep: tg,
});

function toTarget(row: Row): CatalogTarget | string {
  const a = Number(row.a.normalize('NFKC'));
  const b = Number(row.b.normalize('NFKC'));
  if (row.a.trim() === '' || !Number.isFinite(a)) return t('indTargetNotNumber');
  const meta = { by: row.by || null, source: row.keep?.source ?? null, clause: row.keep?.clause ?? '' };
  if (row.op !== 'between') return { op: row.op, value: a, ...meta };
  if (row.b.trim() === '' || !Number.isFinite(b)) return t('indTargetMaxNotNumber');
  if (a > b) return t('indTargetBandReversed');
  return { op: 'between', min: a, max: b, ...meta };
}

/** Changes an indicator's targets and deadlines; a built-in one can go back to its documents' targets. */
export function TargetEditor({ def, onDone }: { def: IndicatorDef; onDone: () => void }) {
  const [rows, setRows] = useState(def.targets.map(toRow));
  const [error, setError] = useState<string | null>(null);
  const builtIn = getIndicator(def.id) !== undefined;
  const update = (i: number, patch: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async (e: Event) => {
    e.preventDefault();
    const targets = rows.map(toTarget);
    const bad = targets.find((x): x is string => typeof x === 'string');
    if (bad || targets.length === 0) return setError(bad ?? t('indTargetNeedOne'));
    try {
      await saveTargets(getDb(), def.id, targets as CatalogTarget[]);
      onDone();
    } catch (err) {
      setError(errorText(err));
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
        <div class="ui-inline" key={i}>
          <select
            aria-label={t('indTargetOp')}
            value={row.op}
            onChange={(e) => update(i, { op: e.currentTarget.value as Row['op'] })}
          >
            <option value=">=">≥</option>
            <option value="<=">≤</option>
            <option value="between">{t('indBetween')}</option>
          </select>
          <input
            type="text"
            size={8}
            aria-label={t('indTargetValue')}
            value={row.a}
            onInput={(e) => update(i, { a: e.currentTarget.value })}
          />
          {row.op === 'between' && (
            <input
              type="text"
              size={8}
              aria-label={t('indTargetMax')}
              value={row.b}
              onInput={(e) => update(i, { b: e.currentTarget.value })}
            />
          )}
          <span>{unitText(def.unit)}</span>
          <input
            type="month"
            aria-label={t('indTargetBy')}
            value={row.by}
            onInput={(e) => update(i, { by: e.currentTarget.value })}
          />
          <button type="button" class="ui-link ui-danger" onClick={() => setRows(rows.filter((_, j) => j !== i))}>
            {t('indRemoveTarget')}
          </button>
        </div>
      ))}
      {error && (
        <span class="ui-error" role="alert">
          {error}
        </span>
      )}
      <div class="ui-buttons">
        <button type="button" onClick={() => setRows([...rows, { op: '>=', a: '', b: '', by: '', keep: null }])}>
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
