import type { ExtractedTarget } from '../../indicators/extract-targets';
import { t } from '../../i18n/t';
import { Field } from '../ledgers/Field';
import { newIndicatorChoice, type ChoiceErrors, type TargetChoice } from './choices';

interface Props {
  targets: ExtractedTarget[];
  choices: TargetChoice[];
  errors: ChoiceErrors;
  /** The indicators a target can be added to (built-in and the user's own). */
  indicators: Array<{ id: string; name: string }>;
  onChoices: (choices: TargetChoice[]) => void;
}

const OPS: Record<string, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

export function targetLabel(target: ExtractedTarget): string {
  const unit = target.unit === '%' || target.unit === '‰' ? target.unit : target.unit ? ` ${target.unit}` : '';
  if (target.op === 'between') return `${target.value}–${target.max ?? target.value}${unit}`;
  return `${OPS[target.op]} ${target.value}${unit}`;
}

const SKIP = '';
const NEW = '__new__';

/** Each target found, with its clause, and what to do with it: a catalog indicator's target, a new indicator, or skip. */
export function TargetChoices({ targets, choices, errors, indicators, onChoices }: Props) {
  const set = (i: number, choice: TargetChoice) => onChoices(choices.map((c, j) => (j === i ? choice : c)));
  return (
    <div class="ui-scroll">
      <table class="ui-table dl-targets">
        <caption class="ui-visually-hidden">{t('dlTargetCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dlColClause')}</th>
            <th scope="col">{t('dlColTarget')}</th>
            <th scope="col">{t('dlColDeadline')}</th>
            <th scope="col">{t('dlColChoice')}</th>
          </tr>
        </thead>
        <tbody>
          {targets.map((target, i) => {
            const choice = choices[i] ?? { kind: 'skip' };
            const value = choice.kind === 'catalog' ? choice.indicatorId : choice.kind === 'new' ? NEW : SKIP;
            return (
              <tr key={i} data-target-index={i}>
                <td class="dl-clause">{target.clause}</td>
                <td class="dl-target">
                  {targetLabel(target)}
                  <div class="ui-hint">{target.subject}</div>
                </td>
                <td>{target.by ?? t('dlNoDeadline')}</td>
                <td class="dl-choice">
                  <select
                    aria-label={t('dlChoiceLabel', target.subject)}
                    value={value}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      set(
                        i,
                        v === SKIP
                          ? { kind: 'skip' }
                          : v === NEW
                            ? newIndicatorChoice(target)
                            : { kind: 'catalog', indicatorId: v },
                      );
                    }}
                  >
                    <option value={SKIP}>{t('dlChoiceSkip')}</option>
                    {indicators.map((d) => (
                      <option key={d.id} value={d.id}>
                        {t('dlChoiceCatalog', d.name)}
                      </option>
                    ))}
                    <option value={NEW}>{t('dlChoiceNew')}</option>
                  </select>
                  {choice.kind === 'new' && (
                    <div class="dl-new">
                      <Field
                        label={t('dlNewName')}
                        required
                        value={choice.name}
                        onInput={(name) => set(i, { ...choice, name })}
                      />
                      <Field
                        label={t('dlNewNumerator')}
                        required
                        value={choice.numerator}
                        onInput={(numerator) => set(i, { ...choice, numerator })}
                      />
                      <Field
                        label={t('dlNewDenominator')}
                        value={choice.denominator}
                        onInput={(denominator) => set(i, { ...choice, denominator })}
                      />
                      <Field
                        label={t('dlNewUnit')}
                        value={choice.unit ?? ''}
                        onInput={(unit) => set(i, { ...choice, unit })}
                      />
                      <Field
                        label={t('dlNewInputUnit')}
                        value={choice.inputUnit}
                        onInput={(inputUnit) => set(i, { ...choice, inputUnit })}
                      />
                    </div>
                  )}
                  {errors[i] && (
                    <p class="ui-error" role="alert">
                      {errors[i]}
                    </p>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
