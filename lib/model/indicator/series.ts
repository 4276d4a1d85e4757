import type { IndicatorDef } from './schema';
import { monthsBetween, toIsoMonth } from '../calendar';
import { aggregateMonths, valuesByMonth, type MonthlyEntry } from './aggregate';
import { computeFormula } from './formula';

export interface SeriesPoint {
  month: string;
  /** The indicator as evaluated at that month (flows year-to-date); null where it cannot be computed. */
  value: number | null;
}

/** The indicator's value at each of `months`, aggregated exactly as evaluateIndicator does. */
export function valueSeries(
  def: Pick<IndicatorDef, 'inputs' | 'numerator' | 'denominator' | 'factor'>,
  entries: readonly MonthlyEntry[],
  months: readonly string[],
): SeriesPoint[] {
  const maps = def.inputs.map((input) => ({ input, byMonth: valuesByMonth(entries, input.key) }));
  return months.map((month) => {
    const values: Record<string, number | null> = {};
    for (const { input, byMonth } of maps) values[input.key] = aggregateMonths(byMonth, input.aggregation, month);
    return { month, value: computeFormula(def, values)?.value ?? null };
  });
}

export interface YearRange {
  fromYear: number;
  toYear: number;
  /** Last month to include (e.g. the current month), so the chart does not run flat into the future. */
  until?: string;
}

/** Monthly values from January of fromYear to December of toYear (or `until`, if earlier). */
export function indicatorSeries(
  def: Pick<IndicatorDef, 'inputs' | 'numerator' | 'denominator' | 'factor'>,
  entries: readonly MonthlyEntry[],
  range: YearRange,
): SeriesPoint[] {
  const december = toIsoMonth(range.toYear, 12);
  const last = range.until !== undefined && range.until < december ? range.until : december;
  return valueSeries(def, entries, monthsBetween(toIsoMonth(range.fromYear, 1), last));
}

/** Each input (录入项) at each of `months`, aggregated as the formula takes it: the raw figures behind the rate. */
export function inputSeries(
  def: Pick<IndicatorDef, 'inputs'>,
  entries: readonly MonthlyEntry[],
  months: readonly string[],
): Array<Record<string, number | null>> {
  const maps = def.inputs.map((input) => ({ input, byMonth: valuesByMonth(entries, input.key) }));
  return months.map((month) =>
    Object.fromEntries(
      maps.map(({ input, byMonth }) => [input.key, aggregateMonths(byMonth, input.aggregation, month)]),
    ),
  );
}
