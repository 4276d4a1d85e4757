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
  // "其他股室及属下单位": 及 joins two units.
  return rejoinPlaces(names)
    .flatMap(splitAnd)
    .map(tidyName)
    .filter((n) => n !== '');
}

// "各县、市、区政府" is one unit whose 、 list places: a one-character 市/区/县 part belongs to its neighbours.
function rejoinPlaces(names: string[]): string[] {
  if (!names.some((n) => n.length === 1)) return names;
  const out: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.length === 1 && /[市区县镇乡]/.test(n) && out.length > 0 && i + 1 < names.length) {
      out[out.length - 1] = `${out[out.length - 1]}、${n}、${names[i + 1]}`;
      i++;
      continue;
    }
    out.push(n);
  }
  return out;
}

function splitAnd(name: string): string[] {
  const at = name.indexOf('及');
  if (at < 2 || at > name.length - 3) return [name];
  return [name.slice(0, at), ...splitAnd(name.slice(at + 1))];
}

// "社管局、组织部、社保处等", "相关成员部门按职责分工负责", "卫健局等部门": the tail is about the list, not a name.
const TAILS =
  /(按职责分工负责|按职责分工|按照职责分工|按职责|按职能分工|参照执行|参照|分别|共同|负责|落实|配合|协办|等有关部门|等相关部门|等部门|等单位|等)+$/;

function tidyName(raw: string): string {
  const name = raw.replace(/[。.，,；;：:]+$/, '');
  const tidy = name.replace(TAILS, '');
  // "各有关部门按职责分工负责" keeps its 各有关部门; a bare "负责" is no unit at all.
  return tidy.length >= 2 || tidy === '' ? tidy : name.length > 1 && name.endsWith('等') ? name.slice(0, -1) : tidy;
}
