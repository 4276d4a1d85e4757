import type { CatalogTarget, IndicatorDef, Target } from '../../model/indicator/schema';
import type { Projection } from '../../indicators/projection';
import type { Month } from '../../model/month';
import { roundForDisplay } from '../../indicators/display';

const num = (v: number) => String(roundForDisplay(v));
const withUnit = (v: string, unit: string) => (unit === '%' || unit === '‰' ? `${v}${unit}` : `${v} ${unit}`);

export function monthText(month: Month): string {
  return `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
}

/** "≥ 50%", "35%–50%", "≤ 11 元/人/年". */
export function targetText(target: Target, unit: string): string {
  if (target.op === 'between') return `${withUnit(num(target.min), unit)}–${withUnit(num(target.max), unit)}`;
  return `${target.op === '>=' ? '≥' : '≤'} ${withUnit(num(target.value), unit)}`;
}

export function deadlineText(target: CatalogTarget): string {
  return target.by ? `${monthText(target.by)}前` : '长期';
}

/** Gap in the indicator's unit: percentage points for %, per-mille points for ‰. */
export function gapText(gap: number | null, unit: string): string {
  if (gap === null) return '—';
  const sign = gap > 0 ? '+' : gap < 0 ? '−' : '';
  const size = num(Math.abs(gap));
  if (unit === '%') return `${sign}${size} 个百分点`;
  if (unit === '‰') return `${sign}${size} 个千分点`;
  return `${sign}${size} ${unit}`;
}

/** The unit of what must grow: that of the numerator's first input (人, 万元, 家…). */
export function neededUnit(def: IndicatorDef): string {
  const key = def.numerator.plus[0];
  return def.inputs.find((i) => i.key === key)?.unit ?? '';
}

export function neededText(def: IndicatorDef, needed: number | null): string {
  if (needed === null) return '';
  return `还需 ${needed.toLocaleString('zh-CN')} ${neededUnit(def)}`;
}

/**
 * Where the trend of the fitted months leads: the value it reaches at the deadline and the month it meets the
 * target (even after the deadline), naming the months it was fitted on.
 */
export function projectionText(p: Projection, deadline: Month | null, met: boolean, unit: string): string {
  if (met) return '已达标';
  if (p.slopePerMonth === null || !p.fitted) return '数据不足（至少需要两个月的数据才能推算）';
  const basis = `按${monthText(p.fitted.from)}至${monthText(p.fitted.to)}（${p.fitted.months}个月）的趋势`;
  const atDeadline =
    deadline !== null && p.projectedAtDeadline !== null
      ? `，${monthText(deadline)}预计为 ${withUnit(num(p.projectedAtDeadline), unit)}`
      : '';
  if (p.metMonth === null) return `${basis}${atDeadline}，十年内难以达标`;
  const late = deadline !== null && p.metMonth > deadline ? '，晚于期限' : '';
  return `${basis}${atDeadline}，预计${monthText(p.metMonth)}达标${late}`;
}

/** A target whose deadline has passed is history: say so once, without a standing "未达标". */
export function expiredText(target: CatalogTarget, unit: string): string {
  return `${targetText(target, unit)}（${deadlineText(target)}）已到期，为历史目标；可从新文件添加现行目标`;
}
