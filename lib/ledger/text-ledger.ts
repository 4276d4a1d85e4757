import type { DeadlineContext } from '../model/deadline';
import { parseDeadline } from '../model/deadline';
import { phaseDue } from './milestones';
import { FIRST_LEADS, type ImportedTask, type LedgerImport } from './table-import';
import { labelIndex, readClause, startsWithLabel, type ClauseParts } from './unit-clause';

/**
 * Ledgers written as text: numbered paragraphs whose units sit inline — "1. 落实功能定位。……（责任单位：A、B）",
 * "（A牵头，B配合）", "（A、B等负责）" — or in labelled lines under them ("牵头单位：… 配合单位：… 完成时限：…").
 * Headings (一、 （一） 1.) that name no unit are the groups of the tasks under them.
 */

const MAX_TEXT_CHARS = 20 * 1024 * 1024;
const MAX_TASKS = 20_000;
const MAX_TITLE = 300;

// Numbering levels, outermost first.
const LEVELS: RegExp[] = [
  /^(第[一二三四五六七八九十百]+(部分|章|节|篇)|[一二三四五六七八九十百]+\s*[、.．])\s*/,
  /^[（(]\s*[一二三四五六七八九十百]+\s*[）)]\s*/,
  /^\d{1,3}\s*(?:[、．]|\.(?!\d))\s*/,
  /^([（(]\s*\d{1,3}\s*[）)]|[\u2460-\u2473\u2474-\u2487])\s*/,
];

interface Paragraph {
  level: number | null;
  number: string | null;
  text: string;
}

function levelOf(line: string): { level: number; number: string; rest: string } | null {
  for (let level = 0; level < LEVELS.length; level++) {
    const m = LEVELS[level].exec(line);
    if (m) {
      const number = m[0].replace(/[\s、.．（）()第部分章节篇]/g, '');
      return { level, number, rest: line.slice(m[0].length) };
    }
  }
  return null;
}

const CJK_END = /[\u2e80-\u9fff\uff00-\uffef“”‘’《》]$/;

function joinLines(a: string, b: string): string {
  if (a === '') return b;
  return CJK_END.test(a) && /^[\u2e80-\u9fff\uff00-\uffef“”‘’《》]/.test(b) ? a + b : `${a} ${b}`;
}

/** A line that closes its paragraph: a sentence end, or the unit clause that ends a task. */
function closes(text: string): boolean {
  return /[。！？：:]$/.test(text) || (/[）)]$/.test(text) && CLAUSE_TAIL.test(text));
}

const CLAUSE_TAIL = /(单位|部门|负责|牵头|配合|参与|落实|完成|前|底)[^（）()]{0,80}[）)]$/;

// "责任单位" alone on a line, its value on the next (a table flattened to text).
const BARE_LABEL = /^\s*([^：:，,。；;、（）()\s\d一二三四五六七八九十][^：:，,。；;、（）()\s]{1,9})\s*$/;
const TITLE_LABEL = /^\s*(具体任务|工作任务|重点任务|任务内容|具体内容|工作内容)\s*$/;

function joinBareLabels(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (TITLE_LABEL.test(line)) continue;
    const m = BARE_LABEL.exec(line);
    if (m && isLabelWord(m[1]) && i + 1 < lines.length && lines[i + 1].trim() !== '') {
      out.push(`${m[1]}：${lines[i + 1].trim()}`);
      i++;
      continue;
    }
    out.push(line);
  }
  return out;
}

function isLabelWord(word: string): boolean {
  return startsWithLabel(`${word}：`);
}

/** A document that arrived as one long line: break it after unit clauses and before numbered items. */
function unflatten(text: string): string {
  const lines = text.split('\n');
  const long = lines.filter((l) => l.length > 600).length;
  if (long === 0) return text;
  return lines
    .map((l) =>
      l.length <= 600
        ? l
        : l
            .replace(/([（(][^（）()]{0,200}(单位|部门|负责|牵头|配合)[^（）()]{0,200}[）)])\s*[。；;]?/g, '$1\n')
            .replace(/([。；;）)\n]|行动|建设|工作)\s*((?:[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)))/g, '$1\n$2')
            .replace(/([^\n])([（(][一二三四五六七八九十]+[）)])/g, '$1\n$2'),
    )
    .join('\n');
}

function paragraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let current: Paragraph | null = null;
  let heading = false;
  const flush = () => {
    if (current && current.text.trim() !== '') out.push(current);
    current = null;
  };
  for (const rawLine of joinBareLabels(unflatten(text).split('\n'))) {
    const marked = /^\s*#{1,6}\s*/.test(rawLine);
    const line = rawLine
      .replace(/^\s*(#{1,6}|[-*•])\s+/, '')
      .replace(/^\s*#{1,6}/, '')
      .trim();
    if (line === '') continue;
    const numbered = levelOf(line);
    // "牵头单位：…" on its own line, or "（牵头单位：…）" after the sentence: part of the paragraph above.
    const label = startsWithLabel(line);
    if (label && current) {
      // Sub-items "(1)…(4)" and then one unit line: the units belong to the parent item "1.…", which is the task.
      const cur = current as Paragraph;
      if (cur.level === 3 && /^[（(]/.test(line) && !cur.text.includes('\n')) {
        let k = out.length - 1;
        while (k >= 0 && out[k].level === 3) k--;
        const parent = k >= 0 ? out[k] : null;
        if (parent && parent.level === 2 && findClauses(parent.text).length === 0) {
          const subs = out.splice(k + 1).concat(cur);
          out.pop();
          parent.text += `。${subs.map((p) => p.text).join('')}\n${line}`;
          current = parent;
          continue;
        }
      }
      cur.text += `\n${line}`;
      continue;
    }
    const cur = current as Paragraph | null;
    if (
      numbered ||
      marked ||
      heading ||
      !cur ||
      closes(cur.text) ||
      (cur.level !== null && cur.text.length <= 30 && !/[，,]$/.test(cur.text))
    ) {
      flush();
      current = numbered
        ? { level: numbered.level, number: numbered.number, text: numbered.rest }
        : { level: null, number: null, text: line };
    } else cur.text = joinLines(cur.text, line);
    heading = marked;
  }
  flush();
  return out;
}

interface Clause {
  parts: ClauseParts;
  start: number;
  end: number;
}

/** Top-level bracket groups (one nesting level inside: "县（区）") that read as unit clauses. */
function findClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') {
      if (depth === 0) start = i;
      depth += 1;
    } else if ((ch === '）' || ch === ')') && depth > 0) {
      depth -= 1;
      if (depth === 0 && start !== -1) {
        const inner = text.slice(start + 1, i);
        if (inner.length <= 400) {
          const parts = readClause(inner);
          if (
            parts.recognised &&
            parts.lead.length + parts.partners.length + parts.duty.length + parts.leaders.length > 0
          )
            clauses.push({ parts, start, end: i + 1 });
        }
        start = -1;
      }
    }
  }
  return clauses;
}

/** Labelled lines under a paragraph ("牵头单位：…"), or labels written inline without brackets. */
function labelledParts(text: string): { parts: ClauseParts; start: number } | null {
  const at = labelIndex(text);
  if (at === -1) return null;
  // Inside a bracket it was already read as a clause.
  const before = text.slice(0, at);
  if ((before.match(/[（(]/g)?.length ?? 0) > (before.match(/[）)]/g)?.length ?? 0)) return null;
  const parts = readClause(text.slice(at).replace(/[。]\s*$/, ''));
  return parts.recognised ? { parts, start: at } : null;
}

// Clauses that hold a deadline rather than a year mentioned in passing.
const DEADLINE_CUE = /前|底|末|以前|年内|全年|完成|实现|达到|建成|覆盖|出台|启动|力争|基本|全面|^\s*(到|至|于|在)/;

/** The deadline a sentence states ("到2020年底前全面推开"): the latest date among clauses that read as deadlines. */
export function sentenceDeadline(text: string, context: DeadlineContext): { text: string; due: string | null } {
  const plain = text.replace(/《[^》]{0,200}》/g, '');
  let best: { text: string; due: string } | null = null;
  for (const clause of plain.split(/[，,。；;！\n]/)) {
    if (!DEADLINE_CUE.test(clause) || !/\d|[一二三四五六七八九十]月|年底|年内|全年|上半年|下半年|季度/.test(clause))
      continue;
    const due = phaseDue(clause, context);
    if (due && (!best || due > best.due)) best = { text: clause.trim(), due };
  }
  return best ?? { text: '', due: null };
}

function merge(into: ClauseParts, from: ClauseParts) {
  into.lead.push(...from.lead);
  into.partners.push(...from.partners);
  into.duty.push(...from.duty);
  into.leaders.push(...from.leaders);
  if (from.deadline) into.deadline = from.deadline;
  into.recognised ||= from.recognised;
}

function uniq(names: string[]): string[] {
  return [...new Set(names.filter((n) => n !== ''))];
}

function titleOf(body: string): string {
  const flat = body.replace(/\s*\n\s*/g, '').trim();
  const first = /^(.{2,}?)[。！？；;]/.exec(flat);
  const title = (first ? first[1] : flat).replace(/[，,：:]$/, '').trim();
  return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE)}…` : title;
}

export function parseLedgerText(text: string, options?: { year?: number }): LedgerImport {
  try {
    if (typeof text !== 'string' || text.trim() === '') return { tasks: [], warnings: ['内容是空的。'] };
    if (text.length > MAX_TEXT_CHARS) return { tasks: [], warnings: ['内容超过 20 MB，请只保留任务部分后再导入。'] };
    const clean = text
      .replace(/\r\n?/g, '\n')
      // oxlint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF\uE000\uE001]/g, '');
    const firstLeads = FIRST_LEADS.test(clean.slice(0, 500_000));
    const context: DeadlineContext = { year: options?.year };
    const tasks: ImportedTask[] = [];
    const headings: Array<string | null> = [null, null, null, null];
    for (const p of paragraphs(clean)) {
      if (tasks.length >= MAX_TASKS) break;
      const clauses = findClauses(p.text);
      const labelled = labelledParts(p.text);
      if (clauses.length === 0 && !labelled) {
        if (p.level !== null) {
          headings[p.level] = titleOf(p.text);
          for (let l = p.level + 1; l < headings.length; l++) headings[l] = null;
        }
        continue;
      }
      const parts: ClauseParts = { lead: [], partners: [], duty: [], leaders: [], deadline: '', recognised: false };
      for (const c of clauses) merge(parts, c.parts);
      if (labelled) merge(parts, labelled.parts);
      let body = p.text;
      if (labelled) body = body.slice(0, labelled.start);
      for (const c of clauses.toReversed())
        if (c.start < body.length) body = body.slice(0, c.start) + body.slice(c.end);
      const title = titleOf(body);
      if (title === '') continue;
      let lead = uniq(parts.lead);
      let partners = uniq(parts.partners);
      const duty = uniq(parts.duty);
      if (lead.length > 0) partners = uniq([...partners, ...duty]);
      else if (firstLeads && duty.length > 1) {
        lead = duty.slice(0, 1);
        partners = uniq([...duty.slice(1), ...partners]);
      } else lead = duty;
      partners = partners.filter((n) => !lead.includes(n));
      const stated = parts.deadline
        ? { text: parts.deadline, due: phaseDue(parts.deadline, context) ?? parseDeadline(parts.deadline, context).due }
        : sentenceDeadline(body, context);
      const level = p.level ?? headings.length;
      const group = headings.slice(0, level).findLast((h) => h !== null) ?? null;
      tasks.push({
        seq: p.number,
        group,
        title,
        lead,
        partners,
        deadlineText: stated.text,
        due: stated.due,
        leaders: uniq(parts.leaders),
        milestones: [],
        progress: null,
      });
    }
    const warnings =
      tasks.length === 0 ? ['没有找到写明责任单位的任务段落（如“（责任单位：……）”“牵头单位：……”）。'] : [];
    if (tasks.length >= MAX_TASKS) warnings.push(`任务超过 ${MAX_TASKS} 项，只读取了前 ${MAX_TASKS} 项，请分批导入。`);
    return { tasks, warnings };
  } catch {
    return { tasks: [], warnings: ['无法解析这段文字，请检查内容。'] };
  }
}
