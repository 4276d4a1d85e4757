import type { DocumentRecord, TargetRecord } from '../model/records';
import { toCatalogTarget } from './document-targets';

/** What the user names when a document's target measures something the catalog has no indicator for. */
export interface NewIndicatorNames {
  name: string;
  /** What is counted above the line (签约人数); the unit of both inputs is `inputUnit`. */
  numerator: string;
  /** What it is divided by (常住人口); empty: the indicator is a count, not a ratio. */
  denominator: string;
  inputUnit: string;
  /** The indicator's unit (%, ‰, 人, 张…); missing or empty: the target's unit. */
  unit?: string;
}

const RATIO_UNITS = new Set(['%', '‰']);

/**
 * The units a new indicator for this target starts with: its own unit as the target states it, and for the
 * inputs the counted thing's unit when the target is a count (人, 张, 家…), 人 for a ratio or a rate per head.
 */
export function defaultUnits(targetUnit: string): { unit: string; inputUnit: string } {
  const unit = targetUnit.trim() || '人';
  const count = !RATIO_UNITS.has(unit) && !unit.includes('/');
  return { unit, inputUnit: count ? unit : '人' };
}

const FACTORS: Record<string, number> = { '%': 100, '‰': 1000 };

/**
 * A user indicator in the catalog's model (numerator / denominator × factor) for one document target, with that
 * target as its own; still to be validated with indicatorDef, which gives the Chinese messages.
 * `stamp` (letters and digits) makes the id and input keys unique.
 */
export function indicatorForTarget(
  names: NewIndicatorNames,
  target: TargetRecord,
  doc: DocumentRecord,
  stamp: string,
): unknown {
  const numKey = `doc${stamp}Num`;
  const denKey = `doc${stamp}Den`;
  const ratio = names.denominator.trim() !== '';
  const unit = names.unit?.trim() || target.unit || (ratio ? '%' : names.inputUnit);
  const { issued: _issued, ...own } = toCatalogTarget(target, doc);
  return {
    id: `doc-${stamp.toLowerCase()}`,
    name: names.name,
    unit,
    factor: ratio ? (FACTORS[unit] ?? 1) : 1,
    inputs: [
      { key: numKey, label: names.numerator, unit: names.inputUnit, aggregation: 'stock' },
      ...(ratio ? [{ key: denKey, label: names.denominator, unit: names.inputUnit, aggregation: 'stock' }] : []),
    ],
    numerator: { plus: [numKey], minus: [] },
    denominator: ratio ? { plus: [denKey], minus: [] } : null,
    targets: [{ ...own, clause: own.clause.slice(0, 500) }],
    definition: target.clause.slice(0, 500),
  };
}
