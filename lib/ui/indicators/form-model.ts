import type { IndicatorDef, IndicatorInput } from '../../model/indicator/schema';
import { parseFigure, plainNumber } from '../../indicators/number-input';
import { findInconsistencies } from '../../indicators/consistency';

export interface FormGroup {
  def: IndicatorDef;
  /** Inputs first met in this indicator: the fields shown under it. */
  inputs: IndicatorInput[];
  /** Inputs an earlier indicator already asks for (常住人口…): named, not asked twice. */
  shared: IndicatorInput[];
}

/** One field per input key across all indicators, shown under the first indicator that uses it. */
export function formGroups(defs: readonly IndicatorDef[]): FormGroup[] {
  const seen = new Set<string>();
  return defs.map((def) => {
    const inputs = def.inputs.filter((i) => !seen.has(i.key));
    for (const i of inputs) seen.add(i.key);
    return { def, inputs, shared: def.inputs.filter((i) => !inputs.includes(i)) };
  });
}

export function allInputs(defs: readonly IndicatorDef[]): IndicatorInput[] {
  return formGroups(defs).flatMap((g) => g.inputs);
}

export type Texts = Record<string, string>;

export interface FormCheck {
  values: Record<string, number | null>;
  /** Chinese message per input key, shown beside that field. */
  errors: Record<string, string>;
}

/** Parses every typed field, then checks impossible combinations among the fields that parsed. */
export function checkForm(defs: readonly IndicatorDef[], texts: Texts): FormCheck {
  const values: Record<string, number | null> = {};
  const errors: Record<string, string> = {};
  for (const input of allInputs(defs)) {
    const parsed = parseFigure(texts[input.key] ?? '', input.unit);
    if (parsed.ok) values[input.key] = parsed.value;
    else errors[input.key] = parsed.message;
  }
  for (const issue of findInconsistencies(defs, values)) errors[issue.key] ??= issue.message;
  return { values, errors };
}

/** Stored figures as the text a field shows (plain digits, no grouping, so they parse back unchanged). */
export function valuesToTexts(values: Record<string, number | null | undefined>): Texts {
  const texts: Texts = {};
  for (const [key, v] of Object.entries(values)) if (typeof v === 'number') texts[key] = plainNumber(v);
  return texts;
}

/** What a save writes: every filled field, and an emptied one only where a value was stored before. */
export function valuesToSave(
  values: Record<string, number | null>,
  stored: Record<string, number | null | undefined>,
): Record<string, number | null> {
  return Object.fromEntries(Object.entries(values).filter(([key, v]) => v !== null || typeof stored[key] === 'number'));
}
