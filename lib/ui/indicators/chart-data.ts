import type { IndicatorDef, Target } from '../../model/indicator/schema';
import type { MonthlyEntry } from '../../model/indicator/aggregate';
import { indicatorSeries, type YearRange } from '../../model/indicator/series';
import { compareToTarget, targetFor } from '../../model/indicator/targets';
import { roundForDisplay } from '../../indicators/display';

export type PointStatus = 'met' | 'unmet' | null;

/** Colours shared by the on-screen chart and exports, so a status looks the same everywhere. */
export const CHART_COLOURS = { met: '#1a7f37', unmet: '#b42318', line: '#0b5cad', target: '#9a6700' } as const;

export interface IndicatorChartData {
  title: string;
  unit: string;
  labels: string[];
  /** The indicator's value at each month (flows year-to-date), rounded to 2 decimals; null where unknown. */
  values: Array<number | null>;
  status: PointStatus[];
  /** One line for ≥/≤ targets, two (下限, 上限) for a band; null in a month without a target. */
  targetLines: Array<{ label: string; values: Array<number | null> }>;
}

function bounds(target: Target): { lower: number | null; upper: number | null } {
  if (target.op === 'between') return { lower: target.min, upper: target.max };
  return target.op === '>=' ? { lower: target.value, upper: null } : { lower: null, upper: target.value };
}

/**
 * Pure data for the monthly chart of one indicator: the series, the target in force at each month (or the
 * given override) and whether each point meets it. Used by the options-page chart and by exports.
 */
/** The target lines' names: Chinese in exports (they are handed in); a page passes its UI language's. */
export interface TargetLineNames {
  target: string;
  lower: string;
  upper: string;
}
const REPORT_LINE_NAMES: TargetLineNames = { target: '目标值', lower: '目标下限', upper: '目标上限' };

export function indicatorChartData(
  def: IndicatorDef,
  entries: readonly MonthlyEntry[],
  range: YearRange,
  target?: Target,
  names: TargetLineNames = REPORT_LINE_NAMES,
): IndicatorChartData {
  const series = indicatorSeries(def, entries, range);
  const targets = series.map((p) => target ?? targetFor(def, p.month) ?? null);
  const band = targets.some((tg) => tg?.op === 'between');
  const lower = targets.map((tg) => (tg ? bounds(tg).lower : null));
  const upper = targets.map((tg) => (tg ? bounds(tg).upper : null));
  const targetLines = band
    ? [
        { label: names.lower, values: lower },
        { label: names.upper, values: upper },
      ]
    : [{ label: names.target, values: targets.map((_, i) => lower[i] ?? upper[i]) }];
  return {
    title: def.name,
    unit: def.unit,
    labels: series.map((p) => p.month),
    values: series.map((p) => (p.value === null ? null : roundForDisplay(p.value))),
    status: series.map((p, i) => {
      const tg = targets[i];
      if (p.value === null || !tg) return null;
      return compareToTarget(p.value, tg).met ? 'met' : 'unmet';
    }),
    targetLines,
  };
}

/** The year range a chart shows: from the first month with figures to the month asked, at least that year. */
export function chartRange(entries: readonly MonthlyEntry[], asOf: string): YearRange {
  const first =
    entries
      .map((e) => e.month)
      .filter((m) => m <= asOf)
      .sort()[0] ?? asOf;
  return { fromYear: Number(first.slice(0, 4)), toYear: Number(asOf.slice(0, 4)), until: asOf };
}
