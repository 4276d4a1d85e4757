import type { IndicatorDef, Target } from '../model/indicator/schema';
import { addMonths, monthIndex, monthsBetween, type Month } from '../model/month';
import type { MonthlyEntry } from '../model/indicator/aggregate';
import { valueSeries } from '../model/indicator/series';
import { leastSquares } from './trend';
import { compareToTarget, targetFor } from '../model/indicator/targets';

/** The pace is the recent one: a programme's first year, often a steep start, should not drive the forecast. */
const PACE_WINDOW_MONTHS = 12;
/** Without a deadline, look this far ahead for the month the trend meets the target. */
const NO_DEADLINE_HORIZON_MONTHS = 120;

export interface ProjectionOptions {
  asOf: Month;
  /** Overrides the catalog target that applies at asOf. */
  target?: Target;
  /** Deadline; defaults to that of the catalog target in force at asOf. null: no deadline. */
  by?: Month | null;
  /** How many months up to asOf the trend is fitted on. */
  windowMonths?: number;
}

export interface Projection {
  reachable: boolean;
  /** First month ≥ asOf at which the trend meets the target (asOf when already met). */
  month: Month | null;
  slopePerMonth: number | null;
  projectedAtDeadline: number | null;
  /** The month the trend meets the target even past the deadline (within ten years), null if never. */
  metMonth: Month | null;
  /** The months whose values the trend was fitted on: first and last month with a value, and how many. */
  fitted: { from: Month; to: Month; months: number } | null;
}

/**
 * Extends the least-squares line of the monthly values (at least two) in the window ending at asOf and
 * reports whether, and in which month, it meets the target by the deadline.
 */
export function projectIndicator(
  def: IndicatorDef,
  entries: readonly MonthlyEntry[],
  options: ProjectionOptions,
): Projection {
  const { asOf } = options;
  const catalogTarget = targetFor(def, asOf);
  const target = options.target ?? catalogTarget;
  if (!target) throw new TypeError(`指标 ${def.id} 没有目标值`);
  const deadline = options.by !== undefined ? options.by : (catalogTarget?.by ?? null);

  const window = options.windowMonths ?? PACE_WINDOW_MONTHS;
  const series = valueSeries(def, entries, monthsBetween(addMonths(asOf, 1 - window), asOf));
  const origin = monthIndex(asOf);
  const points = series.flatMap((p) => (p.value === null ? [] : [{ x: monthIndex(p.month) - origin, y: p.value }]));
  const fit = leastSquares(points);
  const trendAt = fit && ((month: Month) => fit.intercept + fit.slope * (monthIndex(month) - origin));

  const slopePerMonth = fit?.slope ?? null;
  const projectedAtDeadline = trendAt && deadline ? trendAt(deadline) : null;
  const valued = series.filter((p) => p.value !== null);
  const fitted = fit ? { from: valued[0]!.month, to: valued.at(-1)!.month, months: valued.length } : null;
  const current = series.at(-1)?.value ?? null;
  if (current !== null && compareToTarget(current, target).met) {
    return { reachable: true, month: asOf, slopePerMonth, projectedAtDeadline, metMonth: asOf, fitted };
  }
  if (!trendAt) return { reachable: false, month: null, slopePerMonth, projectedAtDeadline, metMonth: null, fitted };

  const horizon = addMonths(asOf, NO_DEADLINE_HORIZON_MONTHS);
  const lastMonth = deadline && deadline > horizon ? deadline : horizon;
  const metMonth = monthsBetween(asOf, lastMonth).find((m) => compareToTarget(trendAt(m), target).met) ?? null;
  const month = metMonth !== null && (deadline === null || metMonth <= deadline) ? metMonth : null;
  return { reachable: month !== null, month, slopePerMonth, projectedAtDeadline, metMonth, fitted };
}
