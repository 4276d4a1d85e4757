import { z } from '../z';

export type FigureParse = { ok: true; value: number | null } | { ok: false; message: string };

const PLAIN = /^(\d+(\.\d*)?|\.\d+)$/;
const THOUSANDS = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const TEN_THOUSAND = '万';

/**
 * Full-width digits and punctuation (１２３４．５，) become ASCII through NFKC; spaces, including the
 * full-width one, are dropped; the ideographic full stop and the minus sign U+2212 are what IMEs often produce.
 */
function normalize(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').replace(/。/g, '.').replace(/[−﹣]/g, '-');
}

type Reading = { value: number | null } | { error: string };

// NFKC would turn 10⁵ into 105 and ① into 1: digits other than ASCII and full-width ones are refused first.
const ODD_DIGITS =
  /[\u00B2\u00B3\u00B9\u2070-\u209F\u2150-\u218F\u2460-\u24FF\u2776-\u2793\u3220-\u3229\u3248-\u324F\u3251-\u325F\u3280-\u3289\u32B1-\u32BF\u{1D7CE}-\u{1D7FF}]/u;
const MAX_SIGNIFICANT = 15;
/** Units that count whole things: 2.7 人 is a typing slip. */
const WHOLE_UNITS = new Set(['人', '人次', '例', '户', '家', '个', '张', '床', '次', '所', '名']);

/** Significant digits of a plain decimal ("0.00120" → 2, "120000" → 2): beyond 15 a double cannot keep them. */
function significantDigits(plain: string): number {
  return plain.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

function readFigure(raw: string, unit: string): Reading {
  if (ODD_DIGITS.test(raw)) return { error: '请不要使用上标或带圈数字（如 10⁵、①），请输入普通数字' };
  let text = normalize(raw);
  if (text === '') return { value: null };
  if (text.length > unit.length && text.endsWith(unit)) text = text.slice(0, -unit.length);
  let shift = 0;
  if (text.endsWith(TEN_THOUSAND)) {
    text = text.slice(0, -1);
    // In a 万元 field "12.5万" already means 12.5 万元.
    if (!unit.startsWith(TEN_THOUSAND)) shift = 4;
  }
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (THOUSANDS.test(text)) text = text.replace(/,/g, '');
  else if (text.includes(',')) return { error: '逗号只能用作千位分隔，如 1,234' };
  if (!PLAIN.test(text)) return { error: '请输入非负数字' };
  if (significantDigits(text) > MAX_SIGNIFICANT) return { error: `有效数字不能超过 ${MAX_SIGNIFICANT} 位` };
  // The exponent shifts the decimal point exactly ("1.23456万" → 12345.6), unlike multiplying by 10000.
  const magnitude = Number(`${text}e${shift}`);
  if (WHOLE_UNITS.has(unit.trim()) && !Number.isInteger(magnitude)) return { error: `${unit.trim()}数必须是整数` };
  return { value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

/** The zod boundary for one typed figure of an input whose unit is `unit`; "" means no value (null). */
export function figureSchema(unit: string) {
  return z
    .string({ error: '请输入非负数字' })
    .transform((raw, ctx) => {
      const reading = readFigure(raw, unit);
      if ('error' in reading) {
        ctx.addIssue({ code: 'custom', message: reading.error });
        return z.NEVER;
      }
      return reading.value;
    })
    .pipe(z.number({ error: '数字太大' }).nonnegative('不能为负数').nullable());
}

/**
 * Parses what a user typed: "1,234", "1234.5", "１２３４．５", "12.5万" (×10000 unless the unit is already
 * in 万). Negatives, text, NaN and Infinity are refused with a message to show beside the field.
 */
export function parseFigure(text: string, unit: string): FigureParse {
  const parsed = figureSchema(unit).safeParse(text);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? '请输入非负数字' };
}

/** A stored figure written back as it can be typed again: 0.0000001, never 1e-7; no thousands separators. */
export function plainNumber(value: number): string {
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}
