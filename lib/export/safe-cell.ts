import { INVISIBLE_CHARS } from '../model/text';

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with one of these characters may
 * be run as a formula by Excel or WPS. Such text is written as text, never as a formula. Excel and WPS also take
 * the full-width ＝＋－＠ a Chinese input method types, and skip leading spaces, zero-width characters and a BOM
 * before them, so those do not hide a formula either.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
const LEADING_FILLER = /^[\s\u3000]+/;

export function looksLikeFormula(text: string): boolean {
  if (FORMULA_START.test(text)) return true;
  const bare = text.replace(INVISIBLE_CHARS, '').replace(LEADING_FILLER, '');
  return FORMULA_START.test(bare);
}

/** A CSV field: formula-like text gets a leading apostrophe, which Excel shows as text and does not evaluate. */
export function csvSafe(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** An xlsx text cell: always typed String, so the writer stores it as a string and nothing evaluates it. */
export function textCell(text: string): { value: string; type: StringConstructor } {
  return { value: text, type: String };
}
