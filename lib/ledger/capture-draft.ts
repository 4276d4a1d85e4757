import { findDates, type DateMention } from './capture-dates';
import { namedDepartments, type DepartmentAlias } from './capture-departments';

/**
 * A sentence selected on a web page → the draft of one task: what the capture form shows before the user
 * confirms. Pure: the caller passes today, the user's departments and aliases.
 */

export const CAPTURE_TITLE_MAX = 120;
export const CAPTURE_TEXT_MAX = 5000;
export const SOURCE_TITLE_MAX = 500;
export const SOURCE_URL_MAX = 2000;

export interface CaptureInput {
  selection: string;
  pageTitle: string;
  url: string;
  /** YYYY-MM-DD: the day relative phrases (本月底, 下周五, 3个工作日内) count from. */
  today: string;
  /** Department names the user's ledgers use (lead and partner names, "my departments"). */
  departments?: readonly string[];
  aliases?: readonly DepartmentAlias[];
}

/**
 * Why the draft's due date is the one it is, when the sentence has several:
 * - single: one date phrase, or one marked as a deadline;
 * - next: several deadlines (报送时间分别为4月12日前、6月3日前…): the first not yet passed, the one to act on now;
 * - passed: every deadline has passed: the latest, so the task shows as overdue rather than undated;
 * - period: no deadline word, a date or period still ahead (公示时间为…至12月28日): its last day;
 * - recurring: a repeating duty (每月5日前报送): no single date, the checklist computes each one;
 * - none: no date that asks for anything.
 */
export type DueReason = 'single' | 'next' | 'passed' | 'period' | 'recurring' | 'none';

export interface CaptureDraft {
  title: string;
  /** The date phrase the due date comes from, as written ("12月10日前"); '' when none. */
  deadlineText: string;
  due: string | null;
  deadlineKind: 'date' | 'span' | 'recurring' | 'open';
  dueReason: DueReason;
  /** Every date phrase found, so the form can offer the others. */
  dates: DateMention[];
  lead: string[];
  partners: string[];
  sendTo: string[];
  /** The whole selection, whitespace tidied and bounded, kept as the task's first note when the title is shorter. */
  text: string;
  source: { title: string; url: string };
}

/** Whitespace runs to one space (a selection keeps the page's line breaks and indents); trimmed and bounded. */
export function tidyText(text: string, max = CAPTURE_TEXT_MAX): string {
  const one = (typeof text === 'string' ? text : '').replace(/[\s\u3000\u200b]+/g, ' ').trim();
  return one.length > max ? one.slice(0, max) : one;
}

const SENTENCE_END = /[。！？；!?;]/g;

/** One line, at most CAPTURE_TITLE_MAX characters: cut after the last full sentence that fits, else with an ellipsis. */
export function captureTitle(selection: string): string {
  const firstLine =
    (typeof selection === 'string' ? selection : '')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '') ?? '';
  const line = tidyText(firstLine, CAPTURE_TEXT_MAX);
  if (line.length <= CAPTURE_TITLE_MAX) return line;
  let cut = -1;
  for (const m of line.slice(0, CAPTURE_TITLE_MAX).matchAll(SENTENCE_END)) cut = m.index + 1;
  return cut >= 20 ? line.slice(0, cut) : `${line.slice(0, CAPTURE_TITLE_MAX - 1)}…`;
}

function chooseDue(dates: DateMention[], today: string): { chosen: DateMention | null; reason: DueReason } {
  const marked = dates.filter((d) => d.deadline);
  const dated = marked.filter((d) => d.due !== null);
  if (dated.length > 0) {
    const ahead = dated.filter((d) => d.due! >= today).sort((a, b) => (a.due! < b.due! ? -1 : 1));
    if (ahead.length > 0) return { chosen: ahead[0], reason: dated.length === 1 ? 'single' : 'next' };
    const latest = [...dated].sort((a, b) => (a.due! > b.due! ? -1 : 1))[0];
    return { chosen: latest, reason: dated.length === 1 ? 'single' : 'passed' };
  }
  const recurring = marked.find((d) => d.kind === 'recurring');
  if (recurring) return { chosen: recurring, reason: 'recurring' };
  // Without a deadline word a past date is news ("截至12月12日，全县已参合…"), a coming one the end of a period.
  const coming = dates
    .filter((d) => d.due !== null && !d.asOf && d.due >= today)
    .sort((a, b) => (a.due! < b.due! ? -1 : 1));
  if (coming.length > 0) return { chosen: coming[0], reason: 'period' };
  return { chosen: null, reason: 'none' };
}

export function captureDraft(input: CaptureInput): CaptureDraft {
  const text = tidyText(input.selection);
  const dates = findDates(text, input.today);
  const { chosen, reason } = chooseDue(dates, input.today);
  const departments = namedDepartments(text, input.departments ?? [], input.aliases ?? []);
  return {
    title: captureTitle(input.selection),
    deadlineText: chosen?.text ?? '',
    due: chosen?.due ?? null,
    deadlineKind: chosen ? chosen.kind : 'open',
    dueReason: reason,
    dates,
    ...departments,
    text,
    source: {
      title: tidyText(input.pageTitle, SOURCE_TITLE_MAX),
      url: (typeof input.url === 'string' ? input.url.trim() : '').slice(0, SOURCE_URL_MAX),
    },
  };
}
