import type { FigureRecord, SnapshotRecord, UnitRecord } from '../model/records';
import type { IndicatorDef, Target } from '../model/indicator/schema';
import { evaluateIndicator, targetFor } from '../model/indicator/evaluate';
import { addMonths, monthsBetween } from '../model/calendar';
import { inputSeries, valueSeries } from '../model/indicator/series';
import { unitEntries } from '../model/indicator/unit-tree';
import type { IndicatorRow, MonthlyRow } from './types';

export interface IndicatorInputs {
  defs: readonly IndicatorDef[];
  units: readonly UnitRecord[];
  figures: readonly FigureRecord[];
  unitIds: readonly string[];
  month: string;
  last: Pick<SnapshotRecord, 'indicators'> | null;
}

/** "≥ 50%", "≤ 30", "20–40 元". */
export function targetText(target: Target | undefined, unit: string): string {
  if (!target) return '';
  const u = unit === '%' || unit === '‰' ? unit : ` ${unit}`;
  if (target.op === 'between') return `${target.min}–${target.max}${u}`;
  return `${target.op === '>=' ? '≥' : '≤'} ${target.value}${u}`;
}

const minus = (a: number | null, b: number | null | undefined) =>
  a === null || b === null || b === undefined ? null : a - b;

/** Each chosen unit × each indicator at `month`, with the change against the previous month and the last snapshot. */
export function indicatorRows({ defs, units, figures, unitIds, month, last }: IndicatorInputs): IndicatorRow[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const before = new Map((last?.indicators ?? []).map((i) => [`${i.unitId}|${i.id}`, i.value]));
  const rows: IndicatorRow[] = [];
  for (const unitId of unitIds) {
    for (const def of defs) {
      const entries = unitEntries(def, unitId, units, figures);
      const now = evaluateIndicator(def, entries, { asOf: month });
      const prev = evaluateIndicator(def, entries, { asOf: addMonths(month, -1) });
      rows.push({
        id: def.id,
        name: def.name,
        unitId,
        unitName: names.get(unitId) ?? unitId,
        measure: def.unit,
        month,
        value: now.value,
        target: targetText(targetFor(def, month), def.unit),
        gap: now.gap,
        status: now.status,
        vsPrevMonth: minus(now.value, prev.value),
        vsLastSnapshot: minus(now.value, before.get(`${unitId}|${def.id}`)),
      });
    }
  }
  return rows;
}

/** The monthly series behind the indicator sheet: every month from the unit's first figures to `month`. */
export function monthlyRows({ defs, units, figures, unitIds, month }: IndicatorInputs): MonthlyRow[] {
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows: MonthlyRow[] = [];
  for (const unitId of unitIds) {
    for (const def of defs) {
      const entries = unitEntries(def, unitId, units, figures);
      const first = entries
        .map((e) => e.month)
        .filter((m) => m <= month)
        .sort()[0];
      if (first === undefined) continue;
      const months = monthsBetween(first, month);
      const raw = inputSeries(def, entries, months);
      for (const [k, point] of valueSeries(def, entries, months).entries()) {
        rows.push({
          unitName: names.get(unitId) ?? unitId,
          indicator: def.name,
          measure: def.unit,
          month: point.month,
          value: point.value,
          figures: def.inputs.map((i) => ({ label: i.label, value: raw[k][i.key] ?? null })),
        });
      }
    }
  }
  return rows;
}
