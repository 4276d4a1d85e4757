import type { FormulaSide, IndicatorDef } from './schema';
import { exactTotal } from './decimal';

export interface FormulaResult {
  value: number;
  numerator: number;
  /** null for a count indicator without a denominator. */
  denominator: number | null;
}

/** True when every figure is a finite number, i.e. none is missing. */
export function allKnown(xs: ReadonlyArray<number | null | undefined>): xs is number[] {
  return xs.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/** Σplus − Σminus of one side, or null when any of its inputs has no value. */
export function sideTotal(side: FormulaSide, values: Record<string, number | null | undefined>): number | null {
  const pick = (keys: readonly string[]) => keys.map((key) => values[key]);
  const plus = pick(side.plus);
  const minus = pick(side.minus);
  return allKnown(plus) && allKnown(minus) ? exactTotal(plus, minus) : null;
}

/**
 * numerator × factor / denominator from already aggregated inputs. Null when an input is missing or the
 * denominator is not positive (a rate over nobody, or parts larger than the whole, means nothing).
 */
export function computeFormula(
  def: Pick<IndicatorDef, 'numerator' | 'denominator' | 'factor'>,
  values: Record<string, number | null | undefined>,
): FormulaResult | null {
  const numerator = sideTotal(def.numerator, values);
  if (numerator === null) return null;
  if (!def.denominator) return { value: numerator * def.factor, numerator, denominator: null };
  const denominator = sideTotal(def.denominator, values);
  if (denominator === null || denominator <= 0) return null;
  return { value: (numerator * def.factor) / denominator, numerator, denominator };
}
