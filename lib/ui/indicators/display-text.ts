import type { CatalogTarget, IndicatorDef, IndicatorInput, Target } from '../../model/indicator/schema';
import type { Projection } from '../../indicators/projection';
import { roundForDisplay } from '../../indicators/display';
import { t, type MessageKey } from '../../i18n/t';
import { formatMonth } from '../format-date';

const num = (v: number) => String(roundForDisplay(v));
const english = () => !t('uiLanguage').toLowerCase().startsWith('zh');

// The catalog's units, as the English UI names them; a unit the user typed is shown as typed.
const UNIT_KEYS: Partial<Record<string, MessageKey>> = {
  人: 'indUnitPeople',
  人次: 'indUnitVisits',
  家: 'indUnitInstitutions',
  个: 'indUnitItems',
  元: 'indUnitYuan',
  万元: 'indUnitTenThousandYuan',
  '元/人/年': 'indUnitYuanPerPersonYear',
  '人/千人口': 'indUnitPerThousand',
};

/** A unit in the UI's language (人 → people in English). */
export function unitText(unit: string): string {
  const key = UNIT_KEYS[unit.trim()];
  return key && english() ? t(key) : unit;
}

/** The indicator's name in the UI's language: the catalog's English name in English, when it has one. */
export const indicatorName = (def: IndicatorDef): string => (english() && def.nameEn ? def.nameEn : def.name);

/** An input's label in the UI's language. */
export const inputLabel = (input: IndicatorInput): string => (english() && input.labelEn ? input.labelEn : input.label);

const withUnit = (v: string, unit: string) => (unit === '%' || unit === '‰' ? `${v}${unit}` : `${v} ${unitText(unit)}`);

export const monthText = (month: string): string => formatMonth(month, t('uiLanguage'));

/** "≥ 50%", "35%–50%", "≤ 11 元/人/年". */
export function targetText(target: Target, unit: string): string {
  if (target.op === 'between') return `${withUnit(num(target.min), unit)}–${withUnit(num(target.max), unit)}`;
  return `${target.op === '>=' ? '≥' : '≤'} ${withUnit(num(target.value), unit)}`;
}

export function deadlineText(target: CatalogTarget): string {
  return target.by ? t('indByMonth', monthText(target.by)) : t('indNoDeadline');
}

/** Gap in the indicator's unit: percentage points for %, per-mille points for ‰. */
export function gapText(gap: number | null, unit: string): string {
  if (gap === null) return '—';
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '';
  const size = num(Math.abs(gap));
  if (unit === '%') return t('indGapPercent', sign + size);
  if (unit === '‰') return t('indGapPermille', sign + size);
  return `${sign}${size} ${unitText(unit)}`;
}

/** The unit of what must grow: that of the numerator's first input (人, 万元, 家…). */
export function neededUnit(def: IndicatorDef): string {
  const key = def.numerator.plus[0];
  return def.inputs.find((i) => i.key === key)?.unit ?? '';
}

export function neededText(def: IndicatorDef, needed: number | null): string {
  if (needed === null) return '';
  return t('indNeeded', [needed.toLocaleString(english() ? 'en-US' : 'zh-CN'), unitText(neededUnit(def))]);
}

/**
 * Where the trend of the fitted months leads: the value it reaches at the deadline and the month it meets the
 * target (even after the deadline), naming the months it was fitted on.
 */
export function projectionText(p: Projection, deadline: string | null, met: boolean, unit: string): string {
  if (met) return t('indMet');
  if (p.slopePerMonth === null || !p.fitted) return t('indTooFewMonths');
  const basis = t('indTrendBasis', [monthText(p.fitted.from), monthText(p.fitted.to), String(p.fitted.months)]);
  const atDeadline =
    deadline !== null && p.projectedAtDeadline !== null
      ? t('indTrendAtDeadline', [monthText(deadline), withUnit(num(p.projectedAtDeadline), unit)])
      : '';
  if (p.metMonth === null) return basis + atDeadline + t('indTrendNever');
  const late = deadline !== null && p.metMonth > deadline ? t('indTrendLate') : '';
  return basis + atDeadline + t('indTrendMeets', monthText(p.metMonth)) + late;
}

/** A target whose deadline has passed is history: say so once, without a standing "未达标". */
export function expiredText(target: CatalogTarget, unit: string): string {
  return t('indExpired', [targetText(target, unit), deadlineText(target)]);
}
