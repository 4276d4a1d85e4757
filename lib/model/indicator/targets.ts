import type { CatalogTarget, IndicatorDef, Target } from './schema';
import type { Month } from '../month';

/**
 * The catalog target in force at `asOf`: the earliest deadline not yet passed, else the last deadline.
 * A target without a deadline (`by: null`) is open-ended, so it sorts after every dated one.
 * Sorting (stable) makes the choice independent of the order in which a user entered targets.
 */
export function targetFor(def: Pick<IndicatorDef, 'targets'>, asOf: Month): CatalogTarget | undefined {
  const ordered = [...def.targets].sort((a, b) => deadlineRank(a.by).localeCompare(deadlineRank(b.by)));
  return ordered.find((t) => t.by === null || t.by >= asOf) ?? ordered.at(-1);
}

function deadlineRank(by: Month | null): string {
  return by ?? '\uffff';
}

/**
 * Relative tolerance for met/unmet: values come from one division and one multiplication, so their error is
 * ~1e-15 relative; 1e-9 absorbs it (770/2200×100 is met at ≥35) yet is far below any meaningful difference.
 */
const RELATIVE_TOLERANCE = 1e-9;

function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * `gap` is in the indicator's unit (percentage points for %): value − target for a bound; for a band, 0 inside
 * and the distance past the nearest bound outside (negative below min, positive above max). A value on a bound
 * (within tolerance) is met and its gap is exactly 0.
 */
export function compareToTarget(value: number, target: Target): { met: boolean; gap: number } {
  if (target.op === 'between') {
    if (value < target.min && !nearlyEqual(value, target.min)) return { met: false, gap: value - target.min };
    if (value > target.max && !nearlyEqual(value, target.max)) return { met: false, gap: value - target.max };
    return { met: true, gap: 0 };
  }
  if (nearlyEqual(value, target.value)) return { met: true, gap: 0 };
  const gap = value - target.value;
  return { met: target.op === '>=' ? gap > 0 : gap < 0, gap };
}
