import type { Aggregation } from '../../model/indicator/schema';

/** What the "添加指标" form asks: a ratio (or a count when the denominator is left empty) with one target. */
export interface CustomIndicatorDraft {
  name: string;
  /** '%', '‰' or any other unit (then the factor is 1). */
  unit: string;
  numLabel: string;
  numUnit: string;
  numAggregation: Aggregation;
  denLabel: string;
  denUnit: string;
  denAggregation: Aggregation;
  op: '>=' | '<=';
  value: string;
  by: string;
  definition: string;
}

export const FACTORS: Record<string, number> = { '%': 100, '‰': 1000 };

/**
 * The indicator definition the draft describes, still to be validated with indicatorDef (which gives the
 * Chinese messages). `stamp` makes the id and the input keys unique to this indicator.
 */
export function customDefFromDraft(d: CustomIndicatorDraft, stamp: string): unknown {
  const numKey = `my${stamp}Num`;
  const denKey = `my${stamp}Den`;
  const hasDen = d.denLabel.trim() !== '';
  const value = d.value.trim() === '' ? Number.NaN : Number(d.value.normalize('NFKC'));
  return {
    id: `my-${stamp.toLowerCase()}`,
    name: d.name,
    unit: d.unit,
    factor: FACTORS[d.unit.trim()] ?? 1,
    inputs: [
      { key: numKey, label: d.numLabel, unit: d.numUnit, aggregation: d.numAggregation },
      ...(hasDen ? [{ key: denKey, label: d.denLabel, unit: d.denUnit, aggregation: d.denAggregation }] : []),
    ],
    numerator: { plus: [numKey], minus: [] },
    denominator: hasDen ? { plus: [denKey], minus: [] } : null,
    targets: [{ op: d.op, value, by: d.by || null, source: null, clause: '' }],
    definition: d.definition,
  };
}

/** zod issue paths of indicatorDef mapped to the form field that shows the message. */
export function fieldOfIssue(path: ReadonlyArray<PropertyKey>): keyof CustomIndicatorDraft {
  const [head, index, leaf] = path;
  if (head === 'name') return 'name';
  if (head === 'unit' || head === 'factor') return 'unit';
  if (head === 'inputs') {
    const side = index === 0 ? 'num' : 'den';
    return leaf === 'unit' ? `${side}Unit` : `${side}Label`;
  }
  if (head === 'targets') return leaf === 'by' ? 'by' : 'value';
  return 'name';
}
