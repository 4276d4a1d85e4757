/**
 * Reads the repeating duty out of a (normalized) deadline phrase: "每月10日前", "每季度", "每年6月底前",
 * "每周五", "定期". Shared by parseDeadline (to classify the text) and nextOccurrence (to compute dates).
 */

export type RecurrenceUnit = 'day' | 'week' | 'xun' | 'month' | 'quarter' | 'half' | 'year' | 'unspecified';

export interface RecurrenceRule {
  unit: RecurrenceUnit;
  /** 每年M月…: the month of the yearly due date. */
  month?: number;
  /** 每月N日 / 每年M月N日: the day; absent means the end of the month (or of the period). */
  day?: number;
  /** 每周X: 0 = Sunday … 6 = Saturday; absent means Sunday, the end of the working week. */
  weekday?: number;
}

const UNIT_WORDS: Array<[string, RecurrenceUnit]> = [
  ['半年', 'half'],
  ['季度', 'quarter'],
  ['季', 'quarter'],
  ['个月', 'month'],
  ['月', 'month'],
  ['年度', 'year'],
  ['年', 'year'],
  ['星期', 'week'],
  ['周', 'week'],
  ['旬', 'xun'],
  ['日', 'day'],
  ['天', 'day'],
];

const WEEKDAYS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  日: 0,
  天: 0,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
  '7': 0,
};

function unitAt(text: string, i: number): [string, RecurrenceUnit] | null {
  for (const entry of UNIT_WORDS) if (text.startsWith(entry[0], i)) return entry;
  return null;
}

function readInt(text: string, i: number, maxDigits: number): { value: number; end: number } | null {
  let j = i;
  while (j < text.length && j - i <= maxDigits && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i || j - i > maxDigits) return null;
  return { value: Number(text.slice(i, j)), end: j };
}

/** "N日"/"N号" → N; "底"/"末" or nothing → undefined (month end). */
function dayAfter(text: string, i: number): number | undefined {
  const n = readInt(text, i, 2);
  if (n && (text[n.end] === '日' || text[n.end] === '号') && n.value >= 1 && n.value <= 31) return n.value;
  if (text.startsWith('上旬', i) || text.startsWith('初', i)) return 10;
  if (text.startsWith('中旬', i)) return 20;
  return undefined;
}

function ruleAfterUnit(text: string, i: number, unit: RecurrenceUnit): RecurrenceRule {
  if (unit === 'month') return { unit, day: dayAfter(text, i) };
  if (unit === 'week') {
    const weekday = WEEKDAYS[text[i]];
    return weekday === undefined ? { unit } : { unit, weekday };
  }
  if (unit === 'year') {
    const m = readInt(text, i, 2);
    if (m && text[m.end] === '月' && m.value >= 1 && m.value <= 12)
      return { unit, month: m.value, day: dayAfter(text, m.end + 1) };
    if (text.startsWith('上半年', i)) return { unit, month: 6 };
  }
  return { unit };
}

/**
 * The rule of the first repeating expression in `text` (already normalized), or null when the text states no
 * repetition. "不定期" (irregularly) is not a schedule; "每两年"/"每3个月" repeat but have no anchor date.
 */
export function recurrenceRule(text: string): RecurrenceRule | null {
  for (let i = text.indexOf('每'); i !== -1; i = text.indexOf('每', i + 1)) {
    let j = i + 1;
    if (text[j] === '个') j++;
    const direct = unitAt(text, j);
    if (direct) return ruleAfterUnit(text, j + direct[0].length, direct[1]);
    // 每两年 / 每3个月: a repetition whose phase the text does not give.
    let k = j;
    while (k < text.length && k - j < 3 && (text[k] === '两' || (text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57)))
      k++;
    if (k > j && unitAt(text, k)) return { unit: 'unspecified' };
  }
  // 按月/按季度/按年 schedule a duty; "逐年提高" only describes a trend, so 逐 is not read.
  for (let i = text.indexOf('按'); i !== -1; i = text.indexOf('按', i + 1)) {
    const unit = unitAt(text, i + 1);
    if (unit && unit[1] !== 'day') return ruleAfterUnit(text, i + 1 + unit[0].length, unit[1]);
  }
  for (let i = text.indexOf('定期'); i !== -1; i = text.indexOf('定期', i + 1)) {
    if (text[i - 1] !== '不') return { unit: 'unspecified' };
  }
  return null;
}
