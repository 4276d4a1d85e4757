/**
 * Rewrites a deadline phrase into one small alphabet so the date scanner only has to know ASCII digits,
 * '-' '.' '/' and the Chinese unit characters: "二〇二二年 十二月底前" → "2022年12月底前",
 * "“十四五”期间" → "2021-2025年期间". A few linear passes with single-character patterns, so no input can make them backtrack.
 */

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

// Single-character classes only: String#replace runs them natively in one linear pass each.
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
// Whitespace (incl. U+3000, NBSP, zero-width), controls and quotation marks carry no date information.
// oxlint-disable-next-line no-control-regex -- removing control characters is the point
const DROPPED = /[\s\u0000-\u001F\u007F\u200B\u2028\u2029"'\u201C\u201D\u2018\u2019\u300C-\u300F]/g;
// Dashes and wave dashes that officials (and Word's autocorrect) put between two dates.
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63~\u301C\u223C]/g;
const NUMERAL_RUNS = /[〇○零一二两三四五六七八九十]+/g;
// Units after which a Chinese numeral is a date part rather than prose ("三个" stays, "三月" becomes "3月").
const DATE_UNITS = new Set(['年', '月', '日', '号', '季']);

/** Full-width forms to ASCII, every dash to '-', whitespace and quotation marks dropped. */
function foldWidthAndSpacing(text: string): string {
  return text
    .replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(DROPPED, '')
    .replace(DASHES, '-');
}

/** "十二" → 12, "二十" → 20, "三十一" → 31, "五" → 5, "二〇二二" → 2022; null for anything else. */
export function cnNumeralValue(run: string): number | null {
  const ten = run.indexOf('十');
  if (ten === -1) {
    if (run.length === 0 || run.length > 4) return null;
    let value = 0;
    for (const ch of run) {
      if (!(ch in CN_DIGIT)) return null;
      value = value * 10 + CN_DIGIT[ch];
    }
    return value;
  }
  if (run.indexOf('十', ten + 1) !== -1 || run.length > 3) return null;
  const tens = ten === 0 ? 1 : CN_DIGIT[run[0]];
  const units = ten === run.length - 1 ? 0 : CN_DIGIT[run[ten + 1]];
  if (ten > 1 || tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/** Five-year plans: 十一五 = 2006–2010 … 十四五 = 2021–2025 (the N-th plan starts 1966 + 5·(N−3)). */
function planPeriod(run: string, next: string | undefined): string | null {
  if (run.length !== 3 || run[0] !== '十' || run[2] !== '五' || run[1] === '两' || DATE_UNITS.has(next ?? ''))
    return null;
  const n = CN_DIGIT[run[1]];
  if (!n) return null;
  const start = 1966 + 5 * (10 + n - 3);
  // "十四五末" is the plan's last year; otherwise the whole plan period.
  return next === '末' ? `${start + 4}年` : `${start}-${start + 4}年`;
}

function convertNumerals(text: string): string {
  return text.replace(NUMERAL_RUNS, (run: string, offset: number) => {
    const next = text[offset + run.length];
    const plan = planPeriod(run, next);
    if (plan) return plan;
    const value = run.length <= 4 ? cnNumeralValue(run) : null;
    const yearLike = run.length === 4 && value !== null && value >= 1900 && !run.includes('十');
    return value !== null && (yearLike || DATE_UNITS.has(next ?? '')) ? String(value) : run;
  });
}

export function normalizeDeadlineText(text: string): string {
  return convertNumerals(foldWidthAndSpacing(text));
}
