import { addDays, clampDay, dayOfWeek, daysInMonth, isoDate, monthEnd, parseIsoDate } from './calendar';
import { parseDeadline } from './deadline';
import { normalizeDeadlineText } from './deadline-normalize';
import { recurrenceRule, type RecurrenceRule } from './recurrence-rule';

/**
 * Due dates of repeating duties ("每月10日前", "每季度", "每年6月底前"). A duty is due on the last day of each
 * period unless the text names a day; the next due date is the first one on or after `after`, so a duty due
 * today is still due today.
 */

/** The day in month (y, m) a rule falls on: its stated day, clamped into short months, else the month end. */
function dayInMonth(rule: RecurrenceRule, y: number, m: number): string {
  return rule.day === undefined ? monthEnd(y, m) : isoDate(y, m, clampDay(y, m, rule.day));
}

function nextByRule(rule: RecurrenceRule, y: number, m: number, d: number): string | null {
  const today = isoDate(y, m, d);
  const firstOnOrAfter = (candidates: string[]) => candidates.find((c) => c >= today) ?? null;
  switch (rule.unit) {
    case 'day':
      return today;
    case 'week': {
      const target = rule.weekday ?? 0;
      return addDays(y, m, d, (target - dayOfWeek(y, m, d) + 7) % 7);
    }
    case 'xun':
      return firstOnOrAfter([isoDate(y, m, 10), isoDate(y, m, 20), monthEnd(y, m)]);
    case 'month': {
      const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
      return firstOnOrAfter([dayInMonth(rule, y, m), dayInMonth(rule, next.y, next.m)]);
    }
    case 'quarter': {
      const endMonth = Math.ceil(m / 3) * 3;
      return isoDate(y, endMonth, daysInMonth(y, endMonth));
    }
    case 'half':
      return m <= 6 ? isoDate(y, 6, 30) : isoDate(y, 12, 31);
    case 'year': {
      const month = rule.month ?? 12;
      return firstOnOrAfter([dayInMonth(rule, y, month), dayInMonth(rule, y + 1, month)]);
    }
    default:
      // "定期", "每两年": repeating, but the text gives no phase to count from.
      return null;
  }
}

export function nextOccurrence(text: string, after: string): string | null {
  try {
    const day = parseIsoDate(after);
    if (!day || typeof text !== 'string') return null;
    if (parseDeadline(text).kind !== 'recurring') return null;
    const rule = recurrenceRule(normalizeDeadlineText(text));
    return rule ? nextByRule(rule, day.y, day.m, day.d) : null;
  } catch {
    return null;
  }
}
