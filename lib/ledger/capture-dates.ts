import { MAX_YEAR, MIN_YEAR, dayOfWeek, daysInMonth, parseIsoDate, toIsoDate as isoDate } from '../model/calendar';
import { parseDeadline } from '../model/deadline';
import { cnNumeralValue } from '../model/deadline-normalize';
import { dayNumber as dayOf, fromDayNumber } from '../model/calendar';

/**
 * Finds the date phrases inside one sentence of a notice ("请各单位于12月10日前将……报送至县医改办",
 * "于收到通知后3个工作日内反馈", "本月底前") and resolves each to a day relative to `today`. Absolute phrases go
 * through parseDeadline; phrases that only make sense from today (本月底, 下周五, 3个工作日内) are resolved here.
 */

export interface DateMention {
  /** The phrase as written, with its deadline word when it has one ("12月10日前"). */
  text: string;
  /** Last day the phrase allows; null for a repeating duty ("每月5日前"). */
  due: string | null;
  kind: 'date' | 'span' | 'recurring';
  /** Marked as a deadline (前/之前/为止/截止/内, or a reporting verb right after it), not just a date in passing. */
  deadline: boolean;
  /** "截至12月12日，全县已参合…": the day a figure stands at, not a day anything is due. */
  asOf: boolean;
  /** Position in the sentence, for keeping the order the reader sees. */
  index: number;
}

const NUM = '[0-9〇○零一二两三四五六七八九十]';
const YEAR = '(?:[0-9]{4}|[〇○零一二三四五六七八九]{4})\\s*年';
const MONTH_TAIL = `(?:\\s*${NUM}{1,3}\\s*[日号]|\\s*(?:底|末|上旬|中旬|下旬|初|份))?`;
const MONTH_DAY = `${NUM}{1,2}\\s*月${MONTH_TAIL}`;
const YEAR_TAIL = `(?:${MONTH_DAY}|年底|年末|底|末|内|上半年|下半年|第?[一二三四1-4]季度末?)`;
const NUMERIC = '[0-9]{4}[-./][0-9]{1,2}(?:[-./][0-9]{1,2})?';
const POINT = `(?:(?:${YEAR}|今年|明年|次年|本年|当年)\\s*${YEAR_TAIL}|${NUMERIC}|${MONTH_DAY}|年底|年末|年内)`;
const RANGE = `${POINT}(?:\\s*(?:至|到|-|—|–|~|～|－)\\s*(?:${POINT}|${NUM}{1,2}\\s*[日号]))?`;
const RECURRING = `每个?(?:月|季度?|周|星期|年|半年|旬)(?:\\s*${NUM}{1,2}\\s*[日号]|底|末|初|[一二三四五六日天])?`;
const MONTH_PART = `(?:\\s*${NUM}{1,2}\\s*[日号]|底|末|上旬|中旬|下旬)`;
const THIS_MONTH = `(?:本|这个?|当)月${MONTH_PART}|月底|月末`;
const NEXT_MONTH = `(?:下个?月|次月)${MONTH_PART}?`;
const WEEK = '(?:本|这|下个?)(?:周|星期|礼拜)[一二三四五六日天1-7]';
const WITHIN = `${NUM}{1,3}\\s*[个個]?\\s*(?:工作日|日|天|周|星期)\\s*[内內]`;
const DAY_ONLY = `${NUM}{1,2}\\s*[日号](?=\\s*(?:之|以)?前)`;
const NEARBY = '今天|今日|明天|明日|后天';

// Order matters: at one position the longer reading comes first (每月5日 before 5日, 12月底 before 月底).
const PHRASE = new RegExp(
  [RECURRING, NEXT_MONTH, THIS_MONTH, WEEK, WITHIN, RANGE, DAY_ONLY, NEARBY].map((p) => `(?:${p})`).join('|'),
  'g',
);

// What may stand between a date and its deadline word: "6月18日（星期二）上午下班前", "12月10日17:00前".
const DEADLINE_AFTER =
  /^\s*(?:[（(][^（）()]{0,6}[）)])?\s*(?:上午|下午|中午|晚上|下班|[0-9]{1,2}\s*[:：]\s*[0-9]{2}|[0-9]{1,2}\s*[时点](?:\s*[0-9]{1,2}\s*分)?)*\s*(?:之前|以前|前|为止|止)/;
const REPORT_AFTER = /^\s*(?:报送|上报|报|提交|反馈|填报)/;
const DEADLINE_BEFORE = /(?:截止|报送|上报|完成)(?:时间|時間|日期|时限)?\s*(?:为|是|到|為)?\s*[:：]?\s*$/;
const AS_OF_BEFORE = /截至\s*$/;

const FULL_WIDTH_DIGIT = /[０-９]/g;
const MONTH_LIST_BEFORE = /(?:[0-9]{1,2}、)+$/;

/** Full-width digits to ASCII, and "2 0日" (a PDF's spaced digits) to "20日". */
export function foldDigits(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/([0-9])\s+(?=[0-9])/g, '$1');
}

/** "3" → 3, "十" → 10, "十二" → 12, "二十" → 20, "三十一" → 31; NaN for anything else (a single numeral or one with 十). */
export function smallNumber(s: string): number {
  if (/^[0-9]+$/.test(s)) return Number(s);
  if (s.length !== 1 && !s.includes('十')) return Number.NaN;
  return cnNumeralValue(s) ?? Number.NaN;
}

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const dayNumber = ({ y, m, d }: Ymd) => dayOf(isoDate(y, m, d));
const plusDays = (day: Ymd, days: number) => fromDayNumber(dayNumber(day) + days);

function plusWorkdays(day: Ymd, count: number): string {
  // Monday to Friday; public holidays and their make-up Saturdays are not known here, so the user checks the date.
  let n = dayNumber(day);
  let left = count;
  while (left > 0) {
    n += 1;
    const weekday = (n + 4) % 7; // day 0 (1970-01-01) was a Thursday
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return fromDayNumber(n);
}

function partOfMonth(y: number, m: number, part: string): string | null {
  const last = daysInMonth(y, m);
  if (part === '' || part === '底' || part === '末' || part === '下旬') return isoDate(y, m, last);
  if (part === '上旬') return isoDate(y, m, 10);
  if (part === '中旬') return isoDate(y, m, 20);
  const day = smallNumber(part.replace(/[\s日号]/g, ''));
  return day >= 1 && day <= 31 ? isoDate(y, m, Math.min(day, last)) : null;
}

const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** Phrases read from today: 本月底, 下月10日, 下周五, 3个工作日内, 10日前 (this month's or, when past, next month's). */
function relativeDue(phrase: string, today: Ymd): string | null {
  const s = phrase.replace(/\s/g, '');
  const nextMonth = today.m === 12 ? { y: today.y + 1, m: 1 } : { y: today.y, m: today.m + 1 };
  let match = /^(?:下个?月|次月)(.*)$/.exec(s);
  if (match) return partOfMonth(nextMonth.y, nextMonth.m, match[1]);
  match = /^(?:本|这个?|当)?月(.*)$/.exec(s);
  if (match) return partOfMonth(today.y, today.m, match[1]);
  match = /^(本|这|下个?)(?:周|星期|礼拜)(.)$/.exec(s);
  if (match) {
    const target = WEEKDAY[match[2]] ?? Number(match[2]);
    const monday = dayNumber(today) - ((dayOfWeek(isoDate(today.y, today.m, today.d)) + 6) % 7);
    return fromDayNumber(monday + target - 1 + (match[1].startsWith('下') ? 7 : 0));
  }
  match = /^(.+?)[个個]?(工作日|日|天|周|星期)[内內]$/.exec(s);
  if (match) {
    const n = smallNumber(match[1]);
    if (!(n > 0 && n <= 366)) return null;
    if (match[2] === '工作日') return plusWorkdays(today, n);
    return plusDays(today, match[2] === '日' || match[2] === '天' ? n : n * 7);
  }
  if (s === '今天' || s === '今日') return isoDate(today.y, today.m, today.d);
  if (s === '明天' || s === '明日') return plusDays(today, 1);
  if (s === '后天') return plusDays(today, 2);
  match = /^(.+)[日号]$/.exec(s);
  if (match) {
    const day = smallNumber(match[1]);
    if (!(day >= 1 && day <= 31)) return null;
    const inMonth = isoDate(today.y, today.m, Math.min(day, daysInMonth(today.y, today.m)));
    if (inMonth >= isoDate(today.y, today.m, today.d)) return inMonth;
    return isoDate(nextMonth.y, nextMonth.m, Math.min(day, daysInMonth(nextMonth.y, nextMonth.m)));
  }
  return null;
}

const EXPLICIT_YEAR = /[0-9]{4}\s*年|[〇○零一二三四五六七八九]{4}\s*年|[0-9]{4}[-./]|今年|明年|次年|本年|当年/;
// A month and day without a year: the occurrence from 90 days back to 275 days ahead, since a notice is read
// around when it is issued and asks for things ahead (in December, "6月30日前" is next June; "11月25日前" was last week).
const LOOK_BACK_DAYS = 90;

function absoluteDue(phrase: string, today: Ymd): { due: string; kind: 'date' | 'span' } | null {
  if (EXPLICIT_YEAR.test(phrase)) {
    const parsed = parseDeadline(phrase, { year: today.y });
    return parsed.due && (parsed.kind === 'date' || parsed.kind === 'span')
      ? { due: parsed.due, kind: parsed.kind }
      : null;
  }
  const from = dayNumber(today) - LOOK_BACK_DAYS;
  for (const y of [today.y - 1, today.y, today.y + 1]) {
    if (y < MIN_YEAR || y > MAX_YEAR) continue;
    const parsed = parseDeadline(phrase, { year: y });
    if (!parsed.due || (parsed.kind !== 'date' && parsed.kind !== 'span')) continue;
    const due = parseIsoDate(parsed.due)!;
    if (dayNumber(due) >= from) return { due: parsed.due, kind: parsed.kind };
  }
  return null;
}

function isDeadlineAt(text: string, start: number, end: number): { marked: boolean; end: number } {
  const after = text.slice(end, end + 24);
  const marker = DEADLINE_AFTER.exec(after);
  if (marker) return { marked: true, end: end + marker[0].length };
  if (REPORT_AFTER.test(after)) return { marked: true, end };
  return { marked: DEADLINE_BEFORE.test(text.slice(Math.max(0, start - 12), start)), end };
}

/** Every date phrase of the sentence, in reading order, resolved against `today` (YYYY-MM-DD). */
export function findDates(sentence: string, today: string): DateMention[] {
  const day = parseIsoDate(today);
  if (!day || typeof sentence !== 'string') return [];
  const text = foldDigits(sentence);
  const found: DateMention[] = [];
  const mention = (
    written: string,
    due: string | null,
    kind: DateMention['kind'],
    deadline: boolean,
    index: number,
    asOf: boolean,
  ) => found.push({ text: written, due, kind, deadline, asOf, index });
  PHRASE.lastIndex = 0;
  for (let m = PHRASE.exec(text); m !== null; m = PHRASE.exec(text)) {
    const phrase = m[0];
    const { marked, end } = isDeadlineAt(text, m.index, m.index + phrase.length);
    const written = text.slice(m.index, end).trim();
    const asOf = !marked && AS_OF_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index));
    const within = /[内內]$/.test(phrase);
    if (phrase.startsWith('每')) {
      mention(written, null, 'recurring', marked, m.index, false);
      continue;
    }
    const relative =
      /^(?:本|这|当|下|次月|月|今|明|后)/.test(phrase) || within || /^[^月年]+[日号]$/.test(phrase.replace(/\s/g, ''));
    const resolved = relative && !/^(?:今年|明年|本年|当年)/.test(phrase) ? relativeDue(phrase, day) : null;
    if (resolved) {
      mention(written, resolved, 'date', marked || within, m.index, asOf);
      continue;
    }
    // "6、8、10、12月3日前": the listed months share the day and the deadline word of the last one.
    const listed = MONTH_LIST_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    const sameDay = listed && /^[0-9]{1,2}月/.test(phrase) ? phrase.replace(/^[0-9]{1,2}月/, '') : null;
    if (listed && sameDay !== null) {
      for (const month of listed[0].split('、').filter(Boolean)) {
        const shared = absoluteDue(`${month}月${sameDay}`, day);
        const shownAs = `${month}月${sameDay}${written.slice(phrase.length)}`;
        if (shared) mention(shownAs, shared.due, shared.kind, marked, m.index - listed[0].length, asOf);
      }
    }
    const absolute = absoluteDue(phrase, day);
    if (absolute) mention(written, absolute.due, absolute.kind, marked, m.index, asOf);
  }
  return found;
}
