import type { IndicatorDef } from '../model/indicator/schema';
import { exactTotal } from '../model/indicator/decimal';
import { allKnown } from '../model/indicator/formula';

export interface ConsistencyIssue {
  /** The input beside which to show the message. */
  key: string;
  message: string;
}

/** Σparts must not exceed Σwhole. */
export interface PartsRule {
  parts: string[];
  whole: string[];
}

/**
 * A share (签约人数/常住人口, 医疗服务收入/医疗收入…): a % or ‰ ratio whose targets all lie between 0 and 100%.
 * A change rate ((本年 − 上年) / 上年) also has a % unit, but its numerator subtracts the denominator's own
 * base; such a numerator may be negative or exceed the base, so it is not a share.
 */
export function isShareIndicator(
  def: Pick<IndicatorDef, 'unit' | 'factor' | 'numerator' | 'denominator' | 'targets'>,
): boolean {
  const { denominator } = def;
  if (!denominator) return false;
  if (!((def.unit === '%' && def.factor === 100) || (def.unit === '‰' && def.factor === 1000))) return false;
  if (def.numerator.minus.some((key) => denominator.plus.includes(key))) return false;
  const bounds = def.targets.flatMap((t) => (t.op === 'between' ? [t.min, t.max] : [t.value]));
  return bounds.every((b) => b >= 0 && b <= def.factor);
}

/** Removes keys found on both sides, once per occurrence: A ≤ A + B says nothing about A. */
function cancelCommon(parts: string[], whole: string[]): PartsRule {
  const remaining = [...whole];
  const kept = parts.filter((key) => {
    const i = remaining.indexOf(key);
    if (i === -1) return true;
    remaining.splice(i, 1);
    return false;
  });
  return { parts: kept, whole: remaining };
}

/**
 * The impossible combinations a share implies: its numerator cannot exceed its denominator, and a side's
 * deductions cannot exceed what they are deducted from (药品+耗材+检查+化验 ≤ 医疗收入).
 */
export function consistencyRules(def: IndicatorDef): PartsRule[] {
  if (!isShareIndicator(def) || !def.denominator) return [];
  const { numerator, denominator } = def;
  // N ≤ D with N = Σn⁺ − Σn⁻ and D = Σd⁺ − Σd⁻ is Σn⁺ + Σd⁻ ≤ Σd⁺ + Σn⁻.
  const candidates = [
    cancelCommon([...numerator.plus, ...denominator.minus], [...denominator.plus, ...numerator.minus]),
    ...[numerator, denominator]
      .filter((side) => side.minus.length > 0)
      .map((side) => cancelCommon(side.minus, side.plus)),
  ];
  return candidates.filter((rule) => rule.parts.length > 0 && rule.whole.length > 0);
}

const figure = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });

function describe(def: IndicatorDef, keys: string[], total: number): string {
  const inputs = keys.map((key) => def.inputs.find((input) => input.key === key)!);
  const units = new Set(inputs.map((input) => input.unit));
  const amount = `${figure.format(total)}${units.size === 1 ? inputs[0].unit : ''}`;
  const names = inputs.map((input) => input.label).join('、');
  return keys.length === 1 ? `${names}（${amount}）` : `${names}合计（${amount}）`;
}

function ruleIssue(
  def: IndicatorDef,
  rule: PartsRule,
  values: Record<string, number | null | undefined>,
): ConsistencyIssue | null {
  const read = (keys: string[]) => keys.map((key) => values[key]);
  const parts = read(rule.parts);
  const whole = read(rule.whole);
  if (!allKnown(parts) || !allKnown(whole)) return null;
  const partsTotal = exactTotal(parts);
  const wholeTotal = exactTotal(whole);
  if (partsTotal <= wholeTotal) return null;
  // One field that is too large is shown by itself; several parts over one whole, by the whole.
  const key = rule.parts.length === 1 || rule.whole.length !== 1 ? rule.parts[0] : rule.whole[0];
  return { key, message: `${describe(def, rule.parts, partsTotal)}不能大于${describe(def, rule.whole, wholeTotal)}` };
}

/** Impossible combinations in one month's values, for one def or for every def (values keyed by input key). */
export function findInconsistencies(
  defs: IndicatorDef | readonly IndicatorDef[],
  values: Record<string, number | null | undefined>,
): ConsistencyIssue[] {
  const issues = new Map<string, ConsistencyIssue>();
  for (const def of Array.isArray(defs) ? defs : [defs]) {
    for (const rule of consistencyRules(def)) {
      const issue = ruleIssue(def, rule, values);
      if (issue) issues.set(`${issue.key}\n${issue.message}`, issue);
    }
  }
  return [...issues.values()];
}
