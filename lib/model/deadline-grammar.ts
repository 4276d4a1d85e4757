import { MAX_YEAR, MIN_YEAR, clampDay, daysInMonth } from './calendar';

/**
 * The date grammar of deadline phrases, on text already normalized by deadline-normalize: one expression at a
 * time ("2021年3月底", "2017-2020年", "第三季度", "明年6月"), read by recursive descent with bounded look-ahead
 * so that reading one expression costs O(1) however long the text is.
 */

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** A stretch of calendar days a phrase names; `first`/`last` are null while the year is still unknown. */
export interface Period {
  first: Day | null;
  last: Day | null;
  /** The year was written out (not taken from context or from a neighbouring date). */
  explicit: boolean;
  /** A 4-digit year with no unit at all ("2017" in "2017-2020年"): only trusted inside a range. */
  bare: boolean;
  /** The period names a single day, so a following "至15日" continues in the same month. */
  hasDay: boolean;
  range: boolean;
  /** "2021年起": the day a duty starts, not a due date. */
  startOnly: boolean;
  end: number;
}

export function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** Reads at most maxDigits digits; a longer run is not a date part and yields null. Reads O(maxDigits) chars. */
function readInt(s: string, i: number, maxDigits: number): { value: number; len: number; end: number } | null {
  let j = i;
  while (j - i <= maxDigits && isDigitAt(s, j)) j++;
  const len = j - i;
  if (len === 0 || len > maxDigits) return null;
  return { value: Number(s.slice(i, j)), len, end: j };
}

function period(
  first: Day | null,
  last: Day | null,
  end: number,
  explicit: boolean,
  hasDay = false,
  range = false,
): Period {
  return { first, last, explicit, bare: false, hasDay, range, startOnly: false, end };
}

function yearPeriod(y: number | undefined, end: number, explicit: boolean): Period {
  if (y === undefined) return period(null, null, end, explicit);
  return period({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, end, explicit);
}

function monthsPeriod(
  y: number | undefined,
  fromMonth: number,
  toMonth: number,
  end: number,
  explicit: boolean,
  range = false,
): Period {
  if (y === undefined) return period(null, null, end, explicit, false, range);
  return period({ y, m: fromMonth, d: 1 }, { y, m: toMonth, d: daysInMonth(y, toMonth) }, end, explicit, false, range);
}

function daysPeriod(
  y: number | undefined,
  m: number,
  fromDay: number,
  toDay: number,
  end: number,
  explicit: boolean,
  hasDay = false,
  range = false,
): Period {
  if (y === undefined) return period(null, null, end, explicit, hasDay, range);
  return period({ y, m, d: clampDay(y, m, fromDay) }, { y, m, d: clampDay(y, m, toDay) }, end, explicit, hasDay, range);
}

/** "N季度", "第N季度", "N季度末": the quarter's months; i points at the digit. */
function quarterAt(s: string, i: number, y: number | undefined, explicit: boolean): Period | null {
  const q = readInt(s, i, 1);
  if (!q || s[q.end] !== '季' || q.value < 1 || q.value > 4) return null;
  let end = q.end + 1;
  if (s[end] === '度') end++;
  if (s[end] === '末' || s[end] === '底') end++;
  return monthsPeriod(y, q.value * 3 - 2, q.value * 3, end, explicit);
}

/** After "M月": a day, a part of the month, or the whole month. */
function afterMonth(s: string, j: number, y: number | undefined, m: number, explicit: boolean): Period {
  const d = readInt(s, j, 2);
  if (d && d.value >= 1 && d.value <= 31) {
    if (s[d.end] === '日' || s[d.end] === '号') return daysPeriod(y, m, d.value, d.value, d.end + 1, explicit, true);
    // "3月1-15日"
    const sep = separatorLength(s, d.end);
    const d2 = sep ? readInt(s, d.end + sep, 2) : null;
    if (d2 && (s[d2.end] === '日' || s[d2.end] === '号') && d2.value >= d.value && d2.value <= 31) {
      return daysPeriod(y, m, d.value, d2.value, d2.end + 1, explicit, true, true);
    }
  }
  const last = y === undefined ? 31 : daysInMonth(y, m);
  if (s.startsWith('上旬', j) || s.startsWith('初', j))
    return daysPeriod(y, m, 1, 10, j + (s[j] === '初' ? 1 : 2), explicit);
  if (s.startsWith('中旬', j)) return daysPeriod(y, m, 11, 20, j + 2, explicit);
  if (s.startsWith('下旬', j)) return daysPeriod(y, m, 21, last, j + 2, explicit);
  const tail = s[j] === '底' || s[j] === '末' || s[j] === '份' ? 1 : 0;
  return monthsPeriod(y, m, m, j + tail, explicit);
}

/** After "YYYY年" (j points past 年): what part of the year the phrase names. */
function afterYear(s: string, j: number, y: number | undefined, explicit: boolean): Period {
  if (s.startsWith('年底', j) || s.startsWith('年末', j) || s.startsWith('年内', j))
    return yearPeriod(y, j + 2, explicit);
  if (s[j] === '底' || s[j] === '末' || s[j] === '内' || s[j] === '度') return yearPeriod(y, j + 1, explicit);
  if (s.startsWith('上半年', j)) return monthsPeriod(y, 1, 6, j + 3, explicit);
  if (s.startsWith('下半年', j)) return monthsPeriod(y, 7, 12, j + 3, explicit);
  // "年初" is read as January: an early reminder beats a late one.
  if (s.startsWith('年初', j) || s[j] === '初') return monthsPeriod(y, 1, 1, j + (s[j] === '初' ? 1 : 2), explicit);
  const quarter = quarterAt(s, s[j] === '第' ? j + 1 : j, y, explicit);
  if (quarter) return quarter;
  const m = readInt(s, j, 2);
  if (m && m.value >= 1 && m.value <= 12) {
    if (s[m.end] === '月') return afterMonth(s, m.end + 1, y, m.value, explicit);
    // "2021年3-6月"
    const sep = separatorLength(s, m.end);
    const m2 = sep ? readInt(s, m.end + sep, 2) : null;
    if (m2 && s[m2.end] === '月' && m2.value >= m.value && m2.value <= 12) {
      const tail = s[m2.end + 1] === '底' || s[m2.end + 1] === '末' ? 1 : 0;
      return monthsPeriod(y, m.value, m2.value, m2.end + 1 + tail, explicit, true);
    }
  }
  return yearPeriod(y, j, explicit);
}

/** Length of a range separator at i ("-", "--", "至", "到"), 0 if none. "至今" is not a range. */
function separatorLength(s: string, i: number): number {
  if (s[i] === '至' || s[i] === '到') return s[i + 1] === '今' ? 0 : 1;
  let j = i;
  while (s[j] === '-' && j - i < 3) j++;
  return j - i;
}

const RELATIVE_YEARS: Array<[string, number]> = [
  ['今年', 0],
  ['本年', 0],
  ['当年', 0],
  ['明年', 1],
  ['次年', 1],
  ['翌年', 1],
];

/** One date expression starting at i, or null. `inherit` supplies the year (and month) a partial date lacks. */
function readPoint(s: string, i: number, inherit: { year?: number; month?: number }): Period | null {
  const year = inherit.year;
  if (isDigitAt(s, i)) {
    const run = readInt(s, i, 8);
    if (!run) return null;
    const c = s[run.end];
    if (run.len === 4) {
      const y = run.value;
      if (y < MIN_YEAR || y > MAX_YEAR) return null;
      if (c === '年') return afterYear(s, run.end + 1, y, true);
      if (c === '.' || c === '-' || c === '/') {
        // 2022.6.30 / 2022/6/30 / 2022-06 (a 4-digit part after '-' is a range of years instead).
        const m = readInt(s, run.end + 1, 2);
        if (m && m.value >= 1 && m.value <= 12 && s[m.end] !== '年') {
          const d = s[m.end] === c ? readInt(s, m.end + 1, 2) : null;
          if (d && d.value >= 1 && d.value <= 31) {
            const end = s[d.end] === '日' || s[d.end] === '号' ? d.end + 1 : d.end;
            return daysPeriod(y, m.value, d.value, d.value, end, true, true);
          }
          if (s[m.end] === '月') return afterMonth(s, m.end + 1, y, m.value, true);
          const tail = s[m.end] === '底' || s[m.end] === '末' ? 1 : 0;
          return monthsPeriod(y, m.value, m.value, m.end + tail, true);
        }
      }
      const bare = yearPeriod(y, run.end, true);
      bare.bare = true;
      return bare;
    }
    if (run.len === 8) {
      const y = Math.floor(run.value / 10000);
      const m = Math.floor(run.value / 100) % 100;
      const d = run.value % 100;
      if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
      return daysPeriod(y, m, d, d, run.end, true, true);
    }
    if (run.len > 2) return null;
    const n = run.value;
    if (c === '月' && n >= 1 && n <= 12) return afterMonth(s, run.end + 1, year, n, false);
    if ((c === '日' || c === '号') && inherit.month !== undefined && n >= 1 && n <= 31) {
      return daysPeriod(year, inherit.month, n, n, run.end + 1, false, true);
    }
    if (c === '季') return quarterAt(s, i, year, false);
    // "2017-18年": a two-digit year only makes sense right after a full one.
    if (c === '年' && run.len === 2 && year !== undefined) {
      const y = year - (year % 100) + n;
      if (y > year && y <= MAX_YEAR) return afterYear(s, run.end + 1, y, false);
    }
    return null;
  }
  if (s[i] === '第') return quarterAt(s, i + 1, year, false);
  if (s.startsWith('上半年', i)) return monthsPeriod(year, 1, 6, i + 3, false);
  if (s.startsWith('下半年', i)) return monthsPeriod(year, 7, 12, i + 3, false);
  if (s.startsWith('年底', i) || s.startsWith('年末', i) || s.startsWith('年内', i))
    return yearPeriod(year, i + 2, false);
  // "全年" (the whole year's work) is due by the year's end, like 年内.
  if (s.startsWith('全年', i)) return yearPeriod(year, i + 2, false);
  for (const [word, offset] of RELATIVE_YEARS) {
    if (!s.startsWith(word, i)) continue;
    const y = year === undefined ? undefined : year + offset;
    // 次年 of 2100 is past the years a deadline may name: the phrase is read (so "6月底" is not taken for 2100)
    // but names no date.
    return afterYear(s, i + word.length, y !== undefined && y > MAX_YEAR ? undefined : y, false);
  }
  return null;
}

const START_MARKERS = ['起', '开始', '以来', '以后', '之后', '后'];

export function compareDays(a: Day, b: Day): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** A date expression with what follows it: a range to a second date, or a marker that it is a start date. */
export function readExpression(s: string, i: number, year: number | undefined): Period | null {
  const p1 = readPoint(s, i, { year });
  if (!p1) return null;
  let k = p1.end;
  if (s[k] === '起') k += 1;
  else if (s.startsWith('开始', k)) k += 2;
  const sep = separatorLength(s, k);
  if (sep) {
    const p2 = readPoint(s, k + sep, { year: p1.last?.y ?? year, month: p1.hasDay ? p1.last?.m : undefined });
    if (p2 && p1.first && p2.last && compareDays(p2.last, p1.first) >= 0) {
      p2.first = p1.first;
      p2.explicit ||= p1.explicit;
      p2.bare = false;
      p2.range = true;
      return p2;
    }
  }
  if (p1.bare) {
    p1.bare = false;
    // A unit-less 4-digit number is a year only when a deadline word follows ("2020底前").
    if (s[p1.end] !== '底' && s[p1.end] !== '末' && s[p1.end] !== '前') {
      p1.first = null;
      p1.last = null;
      return p1;
    }
    p1.end += 1;
  }
  p1.startOnly = START_MARKERS.some((w) => s.startsWith(w, p1.end));
  return p1;
}
