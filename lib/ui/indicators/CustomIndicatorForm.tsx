import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { saveCustomIndicator } from '../../db/custom-indicators';
import { indicatorDef } from '../../model/indicator/schema';
import { zhErrors } from '../../z';
import { t } from '../../i18n/t';
import { customDefFromDraft, fieldOfIssue, type CustomIndicatorDraft } from './custom-def';
import { errorText } from '../error-text';

const EMPTY: CustomIndicatorDraft = {
  name: '',
  unit: '%',
  numLabel: '',
  numUnit: '人',
  numAggregation: 'stock',
  denLabel: '',
  denUnit: '人',
  denAggregation: 'stock',
  op: '>=',
  value: '',
  by: '',
  definition: '',
};
type Errors = Partial<Record<keyof CustomIndicatorDraft, string>>;

/** Adds an indicator of the user's own in the catalog's model: numerator / denominator × factor, one target. */
export function CustomIndicatorForm({ onDone }: { onDone: () => void }) {
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const set = (key: keyof CustomIndicatorDraft) => (e: { currentTarget: { value: string } }) =>
    setDraft({ ...draft, [key]: e.currentTarget.value });

  const submit = async (e: Event) => {
    e.preventDefault();
    const stamp = crypto.randomUUID().replaceAll('-', '').slice(0, 8).toUpperCase().replace(/^\d/, 'X');
    const next: Errors = {};
    if (!Number.isFinite(Number(draft.value.normalize('NFKC'))) || draft.value.trim() === '')
      next.value = t('indTargetValueError');
    const parsed = indicatorDef.safeParse(customDefFromDraft(draft, stamp), zhErrors);
    if (!parsed.success) for (const issue of parsed.error.issues) next[fieldOfIssue(issue.path)] ??= issue.message;
    setErrors(next);
    if (Object.keys(next).length > 0 || !parsed.success) return;
    try {
      await saveCustomIndicator(getDb(), parsed.data);
      onDone();
    } catch (err) {
      setErrors({ name: errorText(err) });
    }
  };
  const field = (key: keyof CustomIndicatorDraft, label: string) => (
    <label class="ui-field">
      {label}
      <input type="text" value={draft[key]} aria-invalid={errors[key] ? true : undefined} onInput={set(key)} />
      {errors[key] && (
        <span class="ui-error" role="alert">
          {errors[key]}
        </span>
      )}
    </label>
  );
  const aggregation = (key: 'numAggregation' | 'denAggregation') => (
    <label class="ui-field">
      {t('indAggregation')}
      <select value={draft[key]} onChange={set(key)}>
        <option value="stock">{t('indAgg_stock')}</option>
        <option value="flow">{t('indAgg_flow')}</option>
        <option value="ytd-cumulative">{t('indAgg_ytd')}</option>
      </select>
    </label>
  );
  return (
    <form class="ui-panel" onSubmit={(e) => void submit(e)} aria-label={t('indAddIndicator')}>
      <h4>{t('indAddIndicator')}</h4>
      <div class="ui-grid">
        {field('name', t('indCustomName'))}
        {field('unit', t('indCustomUnit'))}
        {field('numLabel', t('indCustomNumLabel'))}
        {field('numUnit', t('indCustomNumUnit'))}
        {aggregation('numAggregation')}
        {field('denLabel', t('indCustomDenLabel'))}
        {field('denUnit', t('indCustomDenUnit'))}
        {aggregation('denAggregation')}
        <label class="ui-field">
          {t('indTargetOp')}
          <select value={draft.op} onChange={set('op')}>
            <option value=">=">≥</option>
            <option value="<=">≤</option>
          </select>
        </label>
        {field('value', t('indTargetValue'))}
        <label class="ui-field">
          {t('indTargetBy')}
          <input type="month" value={draft.by} onInput={set('by')} />
          {errors.by && (
            <span class="ui-error" role="alert">
              {errors.by}
            </span>
          )}
        </label>
        {field('definition', t('indCustomDefinition'))}
      </div>
      <p class="ui-hint">{t('indCustomHint')}</p>
      <div class="ui-buttons">
        <button type="submit" class="ui-primary">
          {t('lgCreate')}
        </button>
        <button type="button" onClick={onDone}>
          {t('lgCancel')}
        </button>
      </div>
    </form>
  );
}
