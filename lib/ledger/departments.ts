/**
 * Splits a 牵头部门/配合部门 cell into department names: "财政局、人社局，卫计局" → three names.
 * Separators are 、，,；;/ and any whitespace, but never inside brackets ("县（区）党委" is one name); a cell part
 * that is wholly bracketed ("市卫健委 (市人民医院)") names departments of its own.
 */

import { stripInvisible } from '../model/text';

// "社管局（黑体字为牵头部门，下同）": a note about the table's typography, not part of a name.
const BRACKETED = /[（(][^（）()]*[）)]/g;
const NOTE_WORDS = /下同|牵头|配合/;

function dropNotes(cell: string): string {
  return cell.replace(BRACKETED, (group) => (NOTE_WORDS.test(group) ? '' : group));
}

const SEPARATORS = new Set(['、', '，', ',', '；', ';', '/', '／']);
const OPEN = new Set(['(', '（', '[', '【', '〔']);
const CLOSE = new Set([')', '）', ']', '】', '〕']);

function isSpace(ch: string): boolean {
  return ch.trim() === '' || ch === '\u3000';
}

function unwrap(name: string): string | null {
  if (!OPEN.has(name[0]) || !CLOSE.has(name[name.length - 1])) return null;
  let depth = 0;
  for (let i = 0; i < name.length - 1; i++) {
    if (OPEN.has(name[i])) depth += 1;
    else if (CLOSE.has(name[i])) depth -= 1;
    // "(甲)乙(丙)": the first bracket closes before the end, so the name is not one bracketed part.
    if (depth === 0) return null;
  }
  return name.slice(1, -1);
}

export function splitDepartments(cell: string): string[] {
  // "县卫健局\u200B" pasted from a web page must not become a second 县卫健局.
  return typeof cell === 'string' ? split(stripInvisible(cell), true) : [];
}

function split(cell: string, unwrapParts: boolean): string[] {
  if (typeof cell !== 'string') return [];
  const names: string[] = [];
  let current = '';
  let depth = 0;
  const finish = () => {
    const name = current.trim();
    current = '';
    if (name === '') return;
    // One level only: "((…))" nested a million deep must not recurse a million times.
    const inner = unwrapParts ? unwrap(name) : null;
    if (inner === null) names.push(name);
    else for (const part of split(inner, false)) names.push(part);
  };
  for (const ch of dropNotes(cell)) {
    if (depth === 0 && (SEPARATORS.has(ch) || isSpace(ch))) {
      finish();
      continue;
    }
    if (OPEN.has(ch)) depth += 1;
    else if (CLOSE.has(ch) && depth > 0) depth -= 1;
    current += ch;
  }
  finish();
  // "社管局、组织部、社保处等": the trailing 等 ("and others") is not part of the name.
  return names.map((n) => (n.length > 1 && n.endsWith('等') ? n.slice(0, -1) : n)).filter((n) => n !== '');
}
