import { clampDay, dayOfWeek, daysInMonth, monthEnd, parseIsoDate, toIsoDate, addDays } from './calendar';
import { normalizeDeadlineText } from './deadline-normalize';
import { recurrenceRule, type RecurrenceRule } from './recurrence-rule';

/**
 * The dates of a repeating duty's rule ("每月10日前", "每季度", "每年6月底前"), for a text already known to be
 * recurring. Apart from ./recurrence.ts, which first classifies the text: that needs the whole deadline parser, and
 * the checklist's live rows (a recurring duty filed under its open period) should not wait for it.
 */

/** The day in month (y, m) a rule falls on: its stated day, clamped into short months, else the month end. */
function dayInMonth(rule: RecurrenceRule, y: number, m: number): string {
  return rule.day === undefined ? monthEnd(y, m) : toIsoDate(y, m, clampDay(y, m, rule.day));
}

function nextByRule(rule: RecurrenceRule, y: number, m: number, d: number): string | null {
  const today = toIsoDate(y, m, d);
  const firstOnOrAfter = (candidates: string[]) => candidates.find((c) => c >= today) ?? null;
  switch (rule.unit) {
    case 'day':
      return today;
    case 'week': {
      const target = rule.weekday ?? 0;
      return addDays(today, (target - dayOfWeek(today) + 7) % 7);
    }
    case 'xun':
      return firstOnOrAfter([toIsoDate(y, m, 10), toIsoDate(y, m, 20), monthEnd(y, m)]);
    case 'month': {
      const next = m === 12 ? { y: y + 1, m: 1 } : { y, m: m + 1 };
      return firstOnOrAfter([dayInMonth(rule, y, m), dayInMonth(rule, next.y, next.m)]);
    }
    case 'quarter': {
      const endMonth = Math.ceil(m / 3) * 3;
      return toIsoDate(y, endMonth, daysInMonth(y, endMonth));
    }
    case 'half':
      return m <= 6 ? toIsoDate(y, 6, 30) : toIsoDate(y, 12, 31);
    case 'year': {
      const month = rule.month ?? 12;
      return firstOnOrAfter([dayInMonth(rule, y, month), dayInMonth(rule, y + 1, month)]);
    }
    default:
      // "定期", "每两年": repeating, but the text gives no phase to count from.
      return null;
  }
}

/** The first date of the text's rule on or after `after` (a duty due that day is still due); null without one. */
export function nextRuleDate(text: string, after: string): string | null {
  try {
    const day = parseIsoDate(after);
    if (!day || typeof text !== 'string') return null;
    const rule = recurrenceRule(normalizeDeadlineText(text));
    return rule ? nextByRule(rule, day.y, day.m, day.d) : null;
  } catch {
    return null;
  }
}
