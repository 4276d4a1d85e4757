import type { IndicatorDef, Target } from './schema';
import { aggregateInputs, type MonthlyEntry } from './aggregate';
import { computeFormula, sideTotal } from './formula';
import { compareToTarget, targetFor } from './targets';
import { wholeShortfall } from './decimal';

export { targetFor } from './targets';

export type IndicatorStatus = 'met' | 'unmet' | 'no-data';

export interface IndicatorEvaluation {
  /** Full precision; use roundForDisplay / formatIndicatorValue to show it. */
  value: number | null;
  status: IndicatorStatus;
  /** value − target in the indicator's unit (see compareToTarget). */
  gap: number | null;
  /** Whole amount the numerator must grow by, denominator fixed; only for an unmet ≥ target of a ratio. */
  needed: number | null;
  /** Why there is no value when every figure is there: the denominator adds up to 0 ("分母为 0", not 暂无数据). */
  reason?: 'zero-denominator';
}

export interface EvaluateOptions {
  asOf: string;
  /** Overrides the catalog target that applies at asOf. */
  target?: Target;
}

const NO_DATA: IndicatorEvaluation = { value: null, status: 'no-data', gap: null, needed: null };

export function evaluateIndicator(
  def: IndicatorDef,
  entries: readonly MonthlyEntry[],
  options: EvaluateOptions,
): IndicatorEvaluation {
  const target = options.target ?? targetFor(def, options.asOf);
  // Validated defs always carry a target; an unvalidated one without any is a programming error.
  if (!target) throw new TypeError(`指标 ${def.id} 没有目标值`);
  const inputs = aggregateInputs(def, entries, options.asOf);
  const result = computeFormula(def, inputs);
  if (!result) {
    const den = def.denominator ? sideTotal(def.denominator, inputs) : null;
    return den === 0 && sideTotal(def.numerator, inputs) !== null
      ? { ...NO_DATA, reason: 'zero-denominator' }
      : { ...NO_DATA };
  }
  const { met, gap } = compareToTarget(result.value, target);
  const needed =
    !met && target.op === '>=' && result.denominator !== null
      ? // Unmet means short by something, so never report 0 even if rounding of the sums disagrees.
        Math.max(1, wholeShortfall(result.numerator, result.denominator, def.factor, target.value))
      : null;
  return { value: result.value, status: met ? 'met' : 'unmet', gap, needed };
}
