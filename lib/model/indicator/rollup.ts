import type { Aggregation, IndicatorDef } from './schema';
import { assertMonth } from '../calendar';
import { aggregateAsOf, valuesByMonth, type MonthlyEntry } from './aggregate';
import { exactTotal } from './decimal';

/**
 * Sums several units' monthly entries into the parent's series, input by input and month by month, so the
 * parent's rate is Σnumerators / Σdenominators — never an average of the units' rates.
 *
 * - flow: the units' values of that month added; a unit without that month adds nothing (as for one unit),
 *   and the month is missing only when no unit has it.
 * - stock / ytd-cumulative: a unit without that month contributes its latest earlier value (ytd only within
 *   the same year). If some unit has no such value yet, the parent total is unknown (null): adding only the
 *   units that reported would understate it.
 * A unit with no value at all (say, one just added) is left out: it adds nothing to either side of any rate.
 */
export function rollupEntries(
  def: Pick<IndicatorDef, 'inputs'>,
  units: ReadonlyArray<readonly MonthlyEntry[]>,
): MonthlyEntry[] {
  const reporting = units.filter((entries) => entries.some(hasAnyValue));
  const months = [...new Set(reporting.flatMap((entries) => entries.map((e) => e.month)))].sort();
  const maps = def.inputs.map((input) => ({
    input,
    perUnit: reporting.map((entries) => valuesByMonth(entries, input.key)),
  }));
  return months.map((month) => {
    const values: Record<string, number | null> = {};
    for (const { input, perUnit } of maps) values[input.key] = rollupValue(perUnit, input.aggregation, month);
    return { month, values };
  });
}

function rollupValue(perUnit: ReadonlyArray<Map<string, number>>, kind: Aggregation, month: string): number | null {
  if (kind === 'flow') {
    const reported: number[] = [];
    for (const byMonth of perUnit) {
      const value = byMonth.get(month);
      if (value !== undefined) reported.push(value);
    }
    return reported.length === 0 ? null : exactTotal(reported);
  }
  const asOf = assertMonth(month);
  const carried = perUnit.map((byMonth) => aggregateAsOf(byMonth, kind, asOf));
  return carried.every((v): v is number => v !== null) ? exactTotal(carried) : null;
}

function hasAnyValue(entry: MonthlyEntry): boolean {
  return Object.values(entry.values).some((v) => typeof v === 'number' && Number.isFinite(v));
}
