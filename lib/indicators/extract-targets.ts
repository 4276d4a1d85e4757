import { listIndicators } from './catalog';
import type { IndicatorDef } from '../model/indicator/schema';
import { findDeadlines, planYearOf, type Deadline } from './target-deadline';
import { matchIndicator } from './target-indicator-match';
import { maskReferences, paragraphs, pieceRanges, sentences } from './target-text';
import { findOperator, statusBefore, suffixOperator, type TargetOp } from './target-operators';

export type { TargetOp } from './target-operators';

export interface ExtractedTarget {
  /** The sentence part the target was read from, deadline included when the sentence states one. */
  clause: string;
  /** What is measured, as the document words it. */
  subject: string;
  op: TargetOp;
  value: number;
  /** Upper bound of a 'between' target. */
  max?: number;
  unit: string;
  /** YYYY-MM, or null when neither the sentence nor the document's plan period gives one. */
  by: string | null;
  indicatorId: string | null;
}

export interface ExtractOptions {
  /** The document's plan year: the deadline of targets whose sentence names none. */
  year?: number;
}

const NUM = '(\\d+(?:\\.\\d+)?)';
const UNIT =
  '(个百分点|百分点|%|‰|/10万|/万|元/人/年|元/人·年|元/人次|元/人|元/年|万元|亿元|元|人次|人|名|张|个|家|所|项|份|天|日|小时|分钟|岁|周岁|年|月|公里|次|倍|床)';
const QUANTITY = new RegExp(`(?<![\\d.A-Za-z])${NUM}(%|‰)?(?:(?:-|至|到)${NUM})?${UNIT}?`, 'g');
const RATE_SUBJECT = /率|比例|比重|占比|占/;
const GOAL_WORDS = /力争|确保|实现|目标|达到|努力/;
const PER_CAPITA_MONEY = /人均|每人每年|每人|年人均/;
const COUNT_UNITS = new Set(['人次', '人', '名', '张', '个', '家', '所', '项', '份', '床']);
const TIME_UNITS = new Set(['天', '小时', '分钟']);
const LEADING_NOISE = /^(?:□+|其中|力争|确保|实现|使|推动|努力|争取|基本|全面|并|且|同时|进一步|要|，|、)+/;
const TRAILING_NOISE = /(?:的|要|均|分别|原则上|应|须|必须|需|总体|整体|继续|持续)+$/;

interface Quantity {
  start: number;
  end: number;
  value: number;
  max: number | null;
  unit: string;
}

/** Every quantified target the text states, in document order, each once. */
export function extractTargets(text: string, options: ExtractOptions = {}): ExtractedTarget[] {
  const catalog = listIndicators();
  const year = options.year ?? planYearOf(text);
  const fallbackBy = year ? `${year}-12` : null;
  const found: ExtractedTarget[] = [];
  for (const paragraph of paragraphs(text)) {
    const cells = paragraph.split('\t');
    const rowDeadline = cells.length > 1 ? lastMonth(cells.flatMap((c) => findDeadlines(maskReferences(c)))) : null;
    const by = rowDeadline ?? paragraphDeadline(paragraph) ?? fallbackBy;
    for (const cell of cells) {
      for (const sentence of sentences(cell)) {
        found.push(...fromSentence(sentence, paragraph, by, catalog));
      }
    }
  }
  return unique(found);
}

/**
 * "到2025年底前，……。医共体总院全部达到……，基层医疗卫生机构诊疗量占比提高到55%左右。": a paragraph that opens
 * with its deadline sets it for the goals of its later sentences too.
 */
function paragraphDeadline(paragraph: string): string | null {
  const first = sentences(paragraph)[0] ?? '';
  // A heading run into the paragraph ("一、总体目标到2025年底前，…") still leads it.
  const opening = /^(?:[^，,。；]{0,10}?(?:目标|任务)[：:]?)?(?:力争)?(?:到|至)(?:19|20)\d{2}年/.exec(first);
  if (!opening) return null;
  const lead = findDeadlines(maskReferences(first))[0];
  return lead && lead.start < opening[0].length ? (lead.months.at(-1) ?? null) : null;
}

function lastMonth(deadlines: Deadline[]): string | null {
  const last = deadlines.at(-1);
  return last ? (last.months.at(-1) ?? null) : null;
}

function fromSentence(
  sentence: string,
  paragraph: string,
  fallbackBy: string | null,
  catalog: IndicatorDef[],
): ExtractedTarget[] {
  const masked = maskReferences(sentence);
  const deadlines = findDeadlines(masked);
  // Years, deadlines and references are not quantities.
  let scan = masked;
  for (const d of deadlines) scan = scan.slice(0, d.start) + '□'.repeat(d.end - d.start) + scan.slice(d.end);
  scan = scan.replace(/(?:19|20)\d{2}年/g, (m) => '□'.repeat(m.length));
  const ranges = pieceRanges(masked);
  const sentenceHasGoal = deadlines.length > 0 || GOAL_WORDS.test(masked) || fallbackBy !== null;
  // "截止2018年，…达5714人": a count as of a date, unless the sentence sets a goal ("工作目标截止到…要达到").
  const reportDate = /截至|截止/.test(masked) && !/目标|要|力争|确保/.test(masked);
  // "2015年至2020年，…从8.1‰降至5.4‰": what a period achieved.
  const retrospective = deadlines.some((d) => /\d年(?:至|到|—|-)(?:19|20)\d{2}年/.test(masked.slice(d.start, d.end)));
  const explicitDeadline = /(?:到|至|力争)(?:19|20)\d{2}年/.test(masked);
  const out: ExtractedTarget[] = [];
  let group: {
    op: TargetOp;
    subject: string;
    index: number;
    deadline: Deadline | null;
    members: ExtractedTarget[];
  } | null = null;

  ranges.forEach(([pStart, pEnd], pieceIndex) => {
    const piece = scan.slice(pStart, pEnd);
    let previousEnd = 0;
    for (const q of quantities(piece)) {
      const prefix = piece.slice(previousEnd, q.start);
      const after = piece.slice(q.end);
      const listed =
        group !== null && /^(?:及以上|以上|以下|以内|左右)?[、和及与或]$/.test(prefix) && group.index === pieceIndex;
      previousEnd = q.end;
      if (statusBefore(piece.slice(0, q.start)) || reportDate || prefix.endsWith('从')) continue;
      if (retrospective && masked.includes('从')) continue;
      const verb = findOperator(prefix);
      const suffix = suffixOperator(after);
      const isRange = q.max !== null;
      let op: TargetOp | null = isRange ? 'between' : (suffix ?? verb?.op ?? null);
      if (listed && group) op = suffix ?? group.op;
      const unit = composeUnit(q.unit, piece.slice(0, q.start) + after, scan.slice(0, pStart));
      const percentOf = after.startsWith('的') && (q.unit === '%' || q.unit === '‰');
      if (
        !listed &&
        !accepts(q.unit, unit, {
          verb,
          suffix,
          isRange,
          percentOf,
          prefix,
          after,
          sentenceHasGoal,
          explicitDeadline,
          piece,
          q,
        })
      )
        continue;
      if (!op) op = '>=';
      const read =
        listed && group
          ? { subject: group.subject, from: pStart }
          : subjectOf(
              piece,
              q,
              verb ? q.start - prefix.length + verb.start : null,
              percentOf,
              after,
              scan,
              pStart,
              ranges,
              pieceIndex,
            );
      const subject = read.subject;
      const deadline = deadlineFor(deadlines, pStart + q.start, pStart, pEnd);
      const clauseStart = Math.min(
        read.from,
        deadline && deadline.start < pStart ? pieceStartOf(ranges, deadline.start) : pStart,
      );
      const clause = trimClause(sentence.slice(clauseStart, pEnd));
      const target: ExtractedTarget = {
        clause,
        subject,
        op,
        value: q.value,
        ...(q.max !== null ? { max: q.max } : {}),
        unit,
        by: deadline?.months.at(-1) ?? fallbackBy,
        indicatorId: matchIndicator(catalog, subject, paragraph, unit),
      };
      if (listed && group) {
        group.members.push(target);
      } else {
        group = { op, subject, index: pieceIndex, deadline, members: [target] };
      }
      out.push(target);
      spreadListedDeadlines(group);
    }
  });
  return out;
}

/** "到2017年、2018年底…分别达25%、35%": one deadline per listed value. */
function spreadListedDeadlines(group: { deadline: Deadline | null; members: ExtractedTarget[] }): void {
  const months = group.deadline?.months ?? [];
  if (months.length < 2) return;
  group.members.forEach((t, i) => {
    t.by = months[Math.min(i, months.length - 1)] ?? t.by;
  });
}

function quantities(piece: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of piece.matchAll(QUANTITY)) {
    const first = Number(m[1]);
    const second = m[3] !== undefined ? Number(m[3]) : null;
    let unit = m[4] ?? m[2];
    // "服务率要到达90以上": the % lost in extraction; only a rate followed by 以上/以下 is read so.
    if (
      !unit &&
      /率|比例/.test(piece.slice(Math.max(0, m.index - 12), m.index)) &&
      /^(?:及)?(?:以上|以下|以内)/.test(piece.slice(m.index + m[0].length))
    )
      unit = '%';
    if (!unit) continue;
    if (m[2] && m[4] && m[2] !== m[4]) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      value: first,
      max: second !== null && second > first ? second : null,
      unit,
    });
  }
  return out;
}

interface Evidence {
  verb: ReturnType<typeof findOperator>;
  suffix: TargetOp | null;
  isRange: boolean;
  percentOf: boolean;
  prefix: string;
  after: string;
  sentenceHasGoal: boolean;
  explicitDeadline: boolean;
  piece: string;
  q: Quantity;
}

/** Whether a quantity states a target (and not a date, a budget, a standard fee, an age, a count of things). */
function accepts(rawUnit: string, unit: string, e: Evidence): boolean {
  const levelVerb = e.verb !== null && !e.verb.weak;
  if (rawUnit === '%' || rawUnit === '‰') {
    if (e.verb?.word === '为') return false;
    if (levelVerb || e.isRange) return true;
    if (!e.sentenceHasGoal) return false;
    if (e.suffix) return true;
    const before = e.piece.slice(0, e.q.start);
    return e.percentOf || RATE_SUBJECT.test(before) || /^(?:达标|覆盖)/.test(e.after);
  }
  if (rawUnit === '个百分点' || rawUnit === '百分点') return levelVerb || e.suffix !== null;
  if (rawUnit === '元' || rawUnit.startsWith('元/')) {
    return levelVerb && (unit.includes('/人') || PER_CAPITA_MONEY.test(e.piece));
  }
  if (COUNT_UNITS.has(rawUnit)) {
    if (e.isRange && !levelVerb) return false;
    return levelVerb || (e.verb?.word === '拥有' && e.sentenceHasGoal);
  }
  if (TIME_UNITS.has(rawUnit)) return levelVerb && e.verb?.op !== '>=';
  // Life expectancy in a plan ("到2030年…达到79.0岁", "提高1岁左右"), not a year's figure ("2019年…达到77.3岁").
  if (rawUnit === '岁')
    return levelVerb && /寿命/.test(e.piece.slice(0, e.q.start)) && (e.explicitDeadline || e.suffix !== null);
  if (rawUnit === '/10万' || rawUnit === '/万') return levelVerb || e.suffix !== null;
  return false;
}

function composeUnit(raw: string, around: string, before: string): string {
  if (raw === '元' || raw === '元/人·年') {
    if (raw === '元/人·年' || /每人每年|年人均|人均.{0,6}每年|每年.{0,6}人均/.test(around)) return '元/人/年';
    if (/人均|每人/.test(around)) return '元/人';
    return '元';
  }
  if (COUNT_UNITS.has(raw)) {
    const context = around + before.slice(-12);
    if (/千人口/.test(context)) return `${raw}/千人口`;
    if (/万人口/.test(context)) return `${raw}/万人口`;
  }
  return raw;
}

function subjectOf(
  piece: string,
  q: Quantity,
  verbStart: number | null,
  percentOf: boolean,
  after: string,
  scan: string,
  pieceStart: number,
  ranges: Array<[number, number]>,
  pieceIndex: number,
): { subject: string; from: number } {
  if (percentOf) return { subject: clean(after.slice(1)), from: pieceStart };
  let subject = clean(piece.slice(0, verbStart ?? q.start));
  if (verbStart === null && /^(?:达标|覆盖)/.test(after)) subject += after.slice(0, 2);
  // "…编制标准可适当上浮，最高不超过服务人口的1‰": the subject is in the piece before.
  if (subject.length < 3 && pieceIndex > 0) {
    const [ps, pe] = ranges[pieceIndex - 1]!;
    return { subject: clean(scan.slice(ps, pe)) + subject, from: ps };
  }
  return { subject: subject || clean(scan.slice(pieceStart, pieceStart + q.start)), from: pieceStart };
}

function clean(s: string): string {
  let out = s.replace(/[□，,。；;：:、\s]+$/g, '').replace(/(?:在|比|较)?□+(?:的)?(?:基础上|水平上)?/g, '');
  out = out.replace(LEADING_NOISE, '').replace(/^(?:到|至|于|在|前|底|年底前|底前|，)+/, '');
  out = out.replace(LEADING_NOISE, '');
  for (let i = 0; i < 3; i++) out = out.replace(TRAILING_NOISE, '').replace(/(?:最高|最低|至少|原则上)$/, '');
  return out.replace(/[，,。；;：:、]+$/, '').trim();
}

function deadlineFor(deadlines: Deadline[], at: number, pieceStart: number, pieceEnd: number): Deadline | null {
  let before: Deadline | null = null;
  for (const d of deadlines) if (d.end <= at) before = d;
  if (before) return before;
  return deadlines.find((d) => d.start >= pieceStart && d.start < pieceEnd) ?? null;
}

function pieceStartOf(ranges: Array<[number, number]>, at: number): number {
  return ranges.find(([s, e]) => at >= s && at < e)?.[0] ?? at;
}

function trimClause(s: string): string {
  return s.replace(/^[，,；;：:、\s]+/, '').replace(/[，,；;：:、。\s]+$/, '');
}

/**
 * A document's ledger tables repeat its body text: one target per (indicator or subject, comparison, deadline);
 * a repetition without a deadline adds nothing to one that has it.
 */
function unique(targets: ExtractedTarget[]): ExtractedTarget[] {
  const what = (t: ExtractedTarget) => [t.indicatorId ?? t.subject, t.op, t.value, t.max ?? '', t.unit].join('|');
  const dated = new Set(targets.filter((t) => t.by !== null).map(what));
  const seen = new Set<string>();
  return targets.filter((t) => {
    if (t.by === null && dated.has(what(t))) return false;
    const key = `${what(t)}|${t.by ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
