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
  const names = splitDepartments(stripMarks(cell));
  if (cell.includes(BOLD_OPEN)) {
    const bold = boldSegments(cell).flatMap((s) => splitDepartments(s));
    const isBold = (name: string) => bold.some((b) => b === name || (b.length >= 2 && name.includes(b)) || b.includes(name));
    const lead = names.filter(isBold);
    if (lead.length > 0 && lead.length < names.length) return { lead, partners: names.filter((n) => !isBold(n)) };
  }
  if (firstLeads && names.length > 1) return { lead: names.slice(0, 1), partners: names.slice(1) };
  return { lead: names, partners: [] };
}

/** 责任领导 cells: people's names or titles, split like units. */
export function splitPeople(cell: string): string[] {
  return splitDepartments(stripMarks(cell));
}

/** Cell text being built from runs, with bold runs marked; done() trims lines and drops empty ones. */
export class MarkedText {
  out = '';
  private bold = false;
  /** Open a new line unless the text already ends one. */
  line() {
    if (this.out !== '' && !this.out.endsWith('\n')) this.out += '\n';
  }
  text(s: string, bold: boolean) {
    if (s === '') return;
    if (bold !== this.bold) {
      this.out += bold ? BOLD_OPEN : BOLD_CLOSE;
      this.bold = bold;
    }
    this.out += s;
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
