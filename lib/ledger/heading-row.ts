import { stripMarks } from './cell-units';
import type { LedgerColumns } from './table-columns';

/**
 * A row holding one heading ("一、强化组织领导", "（二）推进分级诊疗") and nothing else — typed into the first cell, or
 * one cell merged across the row (which the HTML reader fills into every covered cell).
 */

const NUMBERED_HEADING =
  /^\s*(第[一二三四五六七八九十百]+(部分|章|节|篇|项)|[一二三四五六七八九十百]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百]+\s*[）)])/;
const MAX_HEADING_CHARS = 80;

// "一" alone in the 序号 cell before a heading merged over the rest of the row.
const BARE_NUMERAL = /^[一二三四五六七八九十百]+[、.．]?$/;

function distinctValues(row: string[]): { values: string[]; filled: number; numeral: string | null } {
  const values: string[] = [];
  let filled = 0;
  let numeral: string | null = null;
  for (const c of row) {
    if (typeof c !== 'string') continue;
    const v = stripMarks(c).replace(/\s+/g, '');
    if (v === '') continue;
    if (filled === 0 && numeral === null && BARE_NUMERAL.test(v)) {
      numeral = v;
      continue;
    }
    filled += 1;
    if (!values.includes(v)) values.push(v);
    if (values.length > 1) break;
  }
  return { values, filled, numeral };
}

export function isHeadingRow(row: string[], columns: LedgerColumns): boolean {
  // Cheap first: two different non-empty cells (beyond a leading numeral) rule a heading out.
  let first: string | null = null;
  let other = false;
  for (let i = 0; i < row.length && !other; i++) {
    const c = row[i];
    if (typeof c !== 'string' || c === '') continue;
    if (first === null) first = c;
    else if (c !== first) other = true;
  }
  if (other && !BARE_NUMERAL.test(stripMarks(first ?? '').trim())) return false;
  const { values, filled, numeral } = distinctValues(row);
  if (numeral !== null && values.length === 1 && filled >= 2) return true;
  if (values.length !== 1 || values[0].length > MAX_HEADING_CHARS) return false;
  const spansRow = filled >= 3 && filled >= Object.keys(columns).length;
  if (spansRow) return true;
  if (!NUMBERED_HEADING.test(values[0])) return false;
  // A numbered heading in the 重点任务 column alone is that column's value, not a row heading.
  const at = row.findIndex((c) => typeof c === 'string' && c.trim() !== '');
  return at !== columns.group;
}

/** The heading without its numbering: "一、强化组织领导" → "强化组织领导". */
export function headingText(row: string[]): string {
  const cells = row.filter((c) => typeof c === 'string' && c.trim() !== '');
  const cell = (cells.length > 1 && BARE_NUMERAL.test(stripMarks(cells[0]).trim()) ? cells[1] : cells[0]) ?? '';
  return stripHeadingNumber(stripMarks(cell).replace(/\s+/g, ' ').trim());
}

export function stripHeadingNumber(text: string): string {
  return (
    text
      .replace(NUMBERED_HEADING, '')
      .replace(/^[\s：:]+/, '')
      .trim() || text
  );
}
