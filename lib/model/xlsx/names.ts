import { strFromU8, unzipSync } from 'fflate';

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * Workbook-level defined names whose value is a text constant ("…"), as Excel, WPS and LibreOffice keep them on
 * re-save. Names bound to a sheet or holding a formula are left out. Throws on bytes that are not a zip.
 */
export function readDefinedNames(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'xl/workbook.xml' });
  const xml = files['xl/workbook.xml'];
  if (!xml) return {};
  const out: Record<string, string> = {};
  // Prefixed tags (x:definedName) are legal OOXML too.
  const re = /<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g;
  for (const m of strFromU8(xml).matchAll(re)) {
    const attrs = m[1];
    const name = /\bname="([^"]*)"/.exec(attrs)?.[1];
    if (!name || /\blocalSheetId=/.test(attrs)) continue;
    const formula = unescape(m[2]).trim().replace(/^=/, '');
    const constant = /^"((?:[^"]|"")*)"$/.exec(formula);
    if (constant) out[unescape(name)] = constant[1].replace(/""/g, '"');
  }
  return out;
}
