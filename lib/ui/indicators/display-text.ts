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

export function projectionText(p: Projection, asOf: Month, deadline: Month | null, met: boolean): string {
  if (met) return '已达标';
  if (p.reachable && p.month) return `按近期进度，预计${monthText(p.month)}达标`;
  if (deadline !== null && deadline < asOf) return `期限（${monthText(deadline)}）已过，未达标`;
  if (p.slopePerMonth === null) return '数据不足（至少需要两个月的数据才能推算）';
  return deadline ? `按近期进度，${monthText(deadline)}前难以达标` : '按近期进度，十年内难以达标';
}
