import { splitDepartments } from './departments';

/**
 * Department cells as the HTML/.docx readers hand them over: bold runs are wrapped in BOLD_OPEN…BOLD_CLOSE
 * (private-use characters no document contains), so "黑体字为牵头部门" survives the trip into a string grid.
 */

export const BOLD_OPEN = '\uE000';
export const BOLD_CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

export function stripMarks(text: string): string {
  return text.includes(BOLD_OPEN) || text.includes(BOLD_CLOSE) ? text.replace(MARKS, '') : text;
}

export interface CellUnits {
  lead: string[];
  partners: string[];
}

function boldSegments(cell: string): string[] {
  const segments: string[] = [];
  let from = cell.indexOf(BOLD_OPEN);
  while (from !== -1) {
    const to = cell.indexOf(BOLD_CLOSE, from + 1);
    const segment = stripMarks(cell.slice(from + 1, to === -1 ? cell.length : to));
    if (segment.trim() !== '') segments.push(segment);
    if (to === -1) break;
    from = cell.indexOf(BOLD_OPEN, to + 1);
  }
  return segments;
}

/**
 * Units named in a department cell. When some units are bold and others not, bold ones lead and the rest partner;
 * with `firstLeads` ("列第一位者为牵头单位") the first unit leads and the rest partner; otherwise all are `lead`.
 */
export function cellUnits(cell: string, firstLeads = false): CellUnits {
  const roles = writtenRoles(stripMarks(cell));
  if (roles) return roles;
  const names = splitDepartments(stripMarks(cell));
  if (cell.includes(BOLD_OPEN)) {
    const bold = boldSegments(cell).flatMap((s) => splitDepartments(s));
    const isBold = (name: string) =>
      bold.some((b) => b === name || (b.length >= 2 && name.includes(b)) || b.includes(name));
    const lead = names.filter(isBold);
    if (lead.length > 0 && lead.length < names.length) return { lead, partners: names.filter((n) => !isBold(n)) };
  }
  if (firstLeads && names.length > 1) return { lead: names.slice(0, 1), partners: names.slice(1) };
  return { lead: names, partners: [] };
}

const LEAD_MARK = /(牵头负责|牵头|主办|主责)$/;
const PARTNER_MARK =
  /(配合|协办|协助|协同|协作|参与|参加|参照执行|参照落实|参照|按职能分工落实|按职能分工负责|按职能分工|按职责分工落实|按职责分工负责|按职责分工|落实)$/;
// "宣传处会办公室" (Guangdong usage: A 会同 B): A leads, B partners.
const HUI = /^(.{2,}?(?:局|委|办|室|院|府|部|处|厅|站|所|队|中心|股))会同?(.{2,})$/;

/**
 * Roles written inside one cell: "A牵头，B配合", "A主办、B协办", "A牵头，B；C参照", "宣传处会办公室". Unmarked
 * parts before the 牵头 part lead with it, unmarked parts after it partner. null when the cell names no lead role.
 */
function writtenRoles(cell: string): CellUnits | null {
  if (!/牵头|主办|主责|会/.test(cell)) return null;
  const pieces = cell
    .split(/[，,；;。\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const lead: string[] = [];
  const partners: string[] = [];
  const pending: string[] = [];
  let led = false;
  for (const piece of pieces) {
    const hui = HUI.exec(piece);
    const m = LEAD_MARK.exec(piece);
    if (m) {
      lead.push(...pending.splice(0), ...splitDepartments(piece.slice(0, -m[1].length)));
      led = true;
      continue;
    }
    // "A主办、B协办" in one piece.
    const inner = /^(.+?)(牵头|主办)[、]?(.+?)$/.exec(piece);
    if (inner && PARTNER_MARK.test(inner[3])) {
      lead.push(...pending.splice(0), ...splitDepartments(inner[1]));
      partners.push(...splitDepartments(inner[3].replace(PARTNER_MARK, '')));
      led = true;
      continue;
    }
    if (hui && !led && lead.length === 0) {
      lead.push(...pending.splice(0), ...splitDepartments(hui[1]));
      partners.push(...splitDepartments(hui[2].replace(PARTNER_MARK, '')));
      led = true;
      continue;
    }
    const p = PARTNER_MARK.exec(piece);
    const names = splitDepartments(p ? piece.slice(0, -p[1].length) : piece);
    if (led) partners.push(...names);
    else pending.push(...names);
  }
  if (!led) return null;
  const uniqLead = [...new Set(lead)];
  return { lead: uniqLead, partners: [...new Set(partners)].filter((n) => !uniqLead.includes(n)) };
}

/** 责任领导 cells: people, split on list separators; spaces only split when every part is a whole name. */
export function splitPeople(cell: string): string[] {
  const text = stripMarks(cell);
  const byMarks = text
    .split(/[、，,；;\n/／]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return byMarks.flatMap((part) => {
    const words = part.split(/[\s\u3000]+/).filter(Boolean);
    // "汪  峰" is one name padded to the width of three-character names.
    return words.length > 1 && words.every((w) => w.length >= 2) ? words : [part.replace(/[\s\u3000]+/g, '')];
  });
}

/** Cell text being built from runs, with bold runs marked; done() trims lines and drops empty ones. */
export class MarkedText {
  out = '';
  private bold = false;
  // Kept apart because asking the growing string (a rope) for its last character flattens it: quadratic on a
  // 1,000-row paste.
  private endsLine = true;
  /** Open a new line unless the text already ends one. */
  line() {
    if (this.endsLine) return;
    this.out += '\n';
    this.endsLine = true;
  }
  text(s: string, bold: boolean) {
    if (s === '') return;
    if (bold !== this.bold) {
      this.out += bold ? BOLD_OPEN : BOLD_CLOSE;
      this.bold = bold;
    }
    this.out += s;
    this.endsLine = s.endsWith('\n');
  }
  done(): string {
    if (this.bold) this.out += BOLD_CLOSE;
    // Line by line: trim, collapse spaces, drop empty lines and marks around nothing.
    return this.out
      .split('\n')
      .map((l) => l.replace(/[ \u00a0]+/g, ' ').trim())
      .filter((l) => l.replace(/[\uE000\uE001\s]/g, '') !== '')
      .join('\n');
  }
}
