/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a text cell starting with one of these characters may
 * be run as a formula by Excel or WPS. Such text is written as text, never as a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A CSV field: formula-like text gets a leading apostrophe, which Excel shows as text and does not evaluate. */
export function csvSafe(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** An xlsx text cell: always typed String, so the writer stores it as a string and nothing evaluates it. */
export function textCell(text: string): { value: string; type: StringConstructor } {
  return { value: text, type: String };
}
