import { strFromU8, unzipSync } from 'fflate';

/**
 * read-excel-file (9.x) reads values only: a merged range comes out as its top-left value and empty cells. Its sheet
 * parser has the merge list but does not return it, so the ranges are read here from the first sheet's XML and every
 * covered cell gets the range's value — the same fill the HTML and .docx readers give merged cells.
 */

export interface MergeRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function cellRef(ref: string): { r: number; c: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref);
  return m ? { r: Number(m[2]) - 1, c: column(m[1]) } : null;
}

/** Merge ranges of the workbook's first sheet (the one read-excel-file reads by default). */
export function firstSheetMerges(bytes: Uint8Array): MergeRange[] {
  const files = unzipSync(bytes, {
    filter: (f) =>
      f.name === 'xl/workbook.xml' ||
      f.name === 'xl/_rels/workbook.xml.rels' ||
      f.name.startsWith('xl/worksheets/sheet'),
  });
  const workbook = files['xl/workbook.xml'] ? strFromU8(files['xl/workbook.xml']) : '';
  const rels = files['xl/_rels/workbook.xml.rels'] ? strFromU8(files['xl/_rels/workbook.xml.rels']) : '';
  const rid = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const target = rid
    ? (new RegExp(`<Relationship\\b[^>]*Id="${rid.replace(/[^\w-]/g, '')}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${rid.replace(/[^\w-]/g, '')}"`).exec(rels)?.[1])
    : undefined;
  const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : 'xl/worksheets/sheet1.xml';
  const sheet = files[path] ?? files['xl/worksheets/sheet1.xml'];
  if (!sheet) return [];
  const xml = strFromU8(sheet);
  const ranges: MergeRange[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z$]+\d+):([A-Z$]+\d+)"/g)) {
    const a = cellRef(m[1]);
    const b = cellRef(m[2]);
    if (a && b && ranges.length < 50_000)
      ranges.push({ r0: Math.min(a.r, b.r), c0: Math.min(a.c, b.c), r1: Math.max(a.r, b.r), c1: Math.max(a.c, b.c) });
  }
  return ranges;
}

/** Copies each range's top-left value into every cell it covers (bounded: huge ranges stop at the rows read). */
export function fillMerges(rows: string[][], ranges: MergeRange[]): string[][] {
  const out = rows.map((row) => [...row]);
  for (const { r0, c0, r1, c1 } of ranges) {
    const value = out[r0]?.[c0] ?? '';
    if (value === '') continue;
    for (let r = r0; r <= Math.min(r1, out.length - 1); r++) {
      for (let c = c0; c <= Math.min(c1, c0 + 200); c++) if (!out[r][c]) out[r][c] = value;
    }
  }
  return out;
}
