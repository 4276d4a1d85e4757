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
  const unit = target.unit || (ratio ? '%' : names.inputUnit);
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
