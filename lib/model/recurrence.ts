import { parseDeadline } from './deadline';
import { nextRuleDate } from './recurrence-dates';

/**
 * Due dates of repeating duties ("每月10日前", "每季度", "每年6月底前"). A duty is due on the last day of each
 * period unless the text names a day; the next due date is the first one on or after `after`, so a duty due
 * today is still due today.
 */

export function nextOccurrence(text: string, after: string): string | null {
  try {
    if (typeof text !== 'string' || parseDeadline(text).kind !== 'recurring') return null;
    return nextRuleDate(text, after);
  } catch {
    return null;
  }
}
