import { MAX_YEAR, MIN_YEAR, toIsoDate } from './calendar';
import { compareDays, isDigitAt, readExpression, type Day, type Period } from './deadline-grammar';
import { normalizeDeadlineText } from './deadline-normalize';
import { recurrenceRule } from './recurrence-rule';

/**
 * Reads the 完成时限 / 时间进度安排 cell of a reform ledger ("2020 年年底前完成", "2017-2020年",
 * "2021年3月底前", "每月10日前", "按省市部署要求完成") into the last day the text allows.
 *
 * The text is normalized once, then scanned left to right; at each digit run or date word the grammar reads one
 * expression with bounded look-ahead, so the whole parse is linear in the input and cannot backtrack on junk.
 */

export type DeadlineKind = 'date' | 'span' | 'recurring' | 'open';

export interface ParsedDeadline {
  kind: DeadlineKind;
  /** Last day the text allows (YYYY-MM-DD), null for recurring and open deadlines. */
  due: string | null;
  /** First day of a span ("2017-2020年" → 2017-01-01), or where an open-ended duty starts ("2021年起"). */
  start: string | null;
  text: string;
}

export interface DeadlineContext {
  /** Year that relative phrases (年底前, 6月底前, 上半年) refer to, usually the document's year. */
  year?: number;
}

// Characters that can begin a date phrase without a digit (第一季度, 上半年, 年底, 全年, 今年, 明年 …).
const WORD_STARTS = new Set(['第', '上', '下', '年', '全', '今', '本', '当', '明', '次', '翌']);

interface Dates {
  /** The due candidate with the latest last day (a range wins a tie). */
  latest: Period | null;
  /** Some due candidate has its year written out. */
  explicitDue: boolean;
  /** The first "…起" date. */
  firstStart: Day | null;
}

/** Scans the text once, keeping only what the result needs so a long text does not pile up objects. */
function scanDates(s: string, contextYear: number | undefined): Dates {
  const dates: Dates = { latest: null, explicitDue: false, firstStart: null };
  let lastYear = contextYear;
  let i = 0;
  while (i < s.length) {
    const digit = isDigitAt(s, i);
    if (digit || WORD_STARTS.has(s[i])) {
      const hit = readExpression(s, i, lastYear);
      if (hit) {
        if (hit.first && hit.last) {
          if (hit.startOnly) dates.firstStart ??= hit.first;
          else {
            const order = dates.latest ? compareDays(hit.last, dates.latest.last!) : 1;
            if (order > 0 || (order === 0 && hit.range && !dates.latest!.range)) dates.latest = hit;
            dates.explicitDue ||= hit.explicit;
          }
          // A later "6月底前" in the same cell belongs to the year written before it.
          if (hit.explicit) lastYear = hit.last.y;
        }
        i = hit.end;
        continue;
      }
    }
    if (digit) {
      while (isDigitAt(s, i)) i++;
      // "3年内" is a duration, not "年内" of the current year.
      if (s[i] === '年') i++;
    } else i++;
  }
  return dates;
}

function toIso(day: Day): string {
  return toIsoDate(day.y, day.m, day.d);
}

export function parseDeadline(text: string, context?: DeadlineContext): ParsedDeadline {
  const original = typeof text === 'string' ? text : '';
  try {
    const year = context?.year;
    const contextYear =
      typeof year === 'number' && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
    const s = normalizeDeadlineText(original);
    const { latest, explicitDue, firstStart } = scanDates(s, contextYear);
    const start = firstStart ? toIso(firstStart) : null;
    // "每月10日前" names days, but of every month; only a written-out year turns a repeating phrase into a date.
    if (recurrenceRule(s) && !explicitDue) return { kind: 'recurring', due: null, start, text: original };
    if (!latest) return { kind: 'open', due: null, start, text: original };
    return {
      kind: latest.range ? 'span' : 'date',
      due: toIso(latest.last!),
      start: latest.range ? toIso(latest.first!) : null,
      text: original,
    };
  } catch {
    // The parser is written not to throw; this only keeps a surprise from breaking an import of 200 rows.
    return { kind: 'open', due: null, start: null, text: original };
  }
}
