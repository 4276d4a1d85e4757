import type { Aggregation, IndicatorDef } from './schema';
import { assertMonth, type IsoMonth } from '../calendar';
import { exactTotal } from './decimal';

export interface MonthlyEntry {
  month: string;
  values: Record<string, number | null | undefined>;
}

/**
 * The month → value map of one input, leaving out months without a finite value.
 * If a month appears twice, the later entry wins, as a correction would.
 */
export function valuesByMonth(entries: readonly MonthlyEntry[], key: string): Map<string, number> {
  const byMonth = new Map<string, number>();
  for (const entry of entries) {
    const value = entry.values[key];
    if (typeof value === 'number' && Number.isFinite(value)) byMonth.set(assertMonth(entry.month), value);
  }
  return byMonth;
}

/** The value at the latest month in [from, asOf] (from = null: no lower limit), or null. */
function latestInWindow(byMonth: Map<string, number>, from: string | null, asOf: string): number | null {
  // The usual case, a unit that reported that month, without walking every month: a parent's series over ten
  // years asked this once per unit, input and month spent half a second scanning.
  const reported = byMonth.get(asOf);
  if (reported !== undefined && (from === null || asOf >= from)) return reported;
  let best: string | null = null;
  for (const month of byMonth.keys()) {
    if (month <= asOf && (from === null || month >= from) && (best === null || month > best)) best = month;
  }
  return best === null ? null : byMonth.get(best)!;
}

/**
 * One input's value as of `asOf`:
 * - flow: the sum of January..asOf of asOf's year (a missing month adds nothing; no month at all → null);
 * - stock: the latest value at or before asOf, from any year;
 * - ytd-cumulative: the latest value at or before asOf within asOf's year (the count restarts each January).
 * Months after asOf are ignored.
 */
export function aggregateInput(
  entries: readonly MonthlyEntry[],
  key: string,
  kind: Aggregation,
  asOf: string,
): number | null {
  return aggregateMonths(valuesByMonth(entries, key), kind, asOf);
}

/** aggregateInput on a month → value map already built with valuesByMonth. */
export function aggregateMonths(byMonth: Map<string, number>, kind: Aggregation, asOf: string): number | null {
  return aggregateAsOf(byMonth, kind, assertMonth(asOf));
}

/** aggregateMonths for a month already checked: a parent's rollup asks it of every unit for the same month. */
export function aggregateAsOf(byMonth: Map<string, number>, kind: Aggregation, asOf: IsoMonth): number | null {
  const january = `${asOf.slice(0, 4)}-01`;
  if (kind === 'stock') return latestInWindow(byMonth, null, asOf);
  if (kind === 'ytd-cumulative') return latestInWindow(byMonth, january, asOf);
  const inYear = [...byMonth].filter(([month]) => month >= january && month <= asOf).map(([, v]) => v);
  return inYear.length === 0 ? null : exactTotal(inYear);
}

/** Every input of `def` aggregated by its own kind as of `asOf`. */
export function aggregateInputs(
  def: Pick<IndicatorDef, 'inputs'>,
  entries: readonly MonthlyEntry[],
  asOf: string,
): Record<string, number | null> {
  const result: Record<string, number | null> = {};
  for (const input of def.inputs) result[input.key] = aggregateInput(entries, input.key, input.aggregation, asOf);
  return result;
}
