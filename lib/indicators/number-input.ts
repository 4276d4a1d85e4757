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

function readFigure(raw: string, unit: string): Reading {
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
  // The exponent shifts the decimal point exactly ("1.23456万" → 12345.6), unlike multiplying by 10000.
  const magnitude = Number(`${text}e${shift}`);
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
