/**
 * Characters that show nothing but make two strings differ: zero-width space/joiners and marks (U+200B–U+200F),
 * word joiner (U+2060), BOM / zero-width no-break space (U+FEFF), Arabic letter mark (U+061C) and the bidi
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069). Pasted from Word, web pages or WeChat, they
 * would make "县卫健局" and "县卫健局\u200B" two departments, or a title that looks empty.
 */
export const INVISIBLE_CHARS = /[\u200B-\u200F\u2060\uFEFF\u061C\u202A-\u202E\u2066-\u2069]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}

/** Invisible characters removed, then outer whitespace: the form a department, title or name is stored in. */
export function cleanText(text: string): string {
  return stripInvisible(text).trim();
}
