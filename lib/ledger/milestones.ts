import { parseDeadline, type DeadlineContext } from '../model/deadline';

/**
 * Phased schedules ("①3月底前完成摸底；②6月底前出台方案；③年底前全面推开") into milestones, each with its own date;
 * the task is due at the last one. Each phase is read on its own: a year mentioned in passing ("制定2021年度方案")
 * neither becomes a phase's date nor carries over to the next phase — only a year written as a deadline does.
 */

export interface Milestone {
  text: string;
  due: string | null;
}

// ①…⑳, ⑴…⒇, and numbered lead-ins at the start of a line or after a separator: "1." "1、" "（1）" "(1)".
const CIRCLED = /[\u2460-\u2473\u2474-\u2487\u2776-\u277F]/;
const NUMBERED =
  /(?:^|[\n；;。])\s*(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[.、．](?!\d)|第[一二三四五六七八九十]阶段[：:]?)/g;
const MAX_PHASES = 20;
// "2021年度", "2021年版": a year the phase is about, not a date it is due.
const PASSING_YEAR = /(\d{4}|[〇○零一二三四五六七八九]{4})\s*年\s*(度(?![内末底前])|版|的)/g;

function splitPhases(text: string): string[] {
  if (CIRCLED.test(text)) {
    const parts = text.split(/[\u2460-\u2473\u2474-\u2487\u2776-\u277F]/);
    // Text before ① is a preamble ("分三步："), not a phase.
    return parts.slice(1).map((p) => p.trim());
  }
  const marks = [...text.matchAll(NUMBERED)].map((m) => m.index);
  if (marks.length >= 2) {
    const cuts = marks.map((i) => (i === 0 ? 0 : i + 1));
    return cuts.map((from, k) =>
      text
        .slice(from, cuts[k + 1] ?? text.length)
        .replace(/^\s*(?:[（(]\s*\d{1,2}\s*[）)]|\d{1,2}\s*[.、．]|第[一二三四五六七八九十]阶段[：:]?)/, '')
        .trim(),
    );
  }
  // One phase per line or per "；" when each carries a date of its own.
  const lines = text
    .split(/\n|；|;/)
    .map((l) => l.trim())
    .filter(Boolean);
  return lines.length >= 2 ? lines : [];
}

/** The due date a phase's own words give, ignoring years in passing. */
export function phaseDue(text: string, context?: DeadlineContext): string | null {
  // Without its years in passing, what is left decides (possibly nothing: "开展2024年度摸底" has no deadline).
  return parseDeadline(text.replace(PASSING_YEAR, ''), context).due;
}

function explicitYear(text: string): number | undefined {
  const m = /(\d{4})\s*年/.exec(text.replace(PASSING_YEAR, ''));
  return m ? Number(m[1]) : undefined;
}

/** Milestones of a schedule cell, or [] when it is not phased (fewer than two dated phases). */
export function parseMilestones(text: string, context?: DeadlineContext): Milestone[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const phases = splitPhases(text.slice(0, 20_000))
    .filter((p) => p !== '')
    .slice(0, MAX_PHASES);
  if (phases.length < 2) return [];
  let year = context?.year;
  const milestones = phases.map((phase) => {
    const due = phaseDue(phase, { year });
    year = explicitYear(phase) ?? year;
    return { text: phase.replace(/[；;。，,\s]+$/, ''), due };
  });
  return milestones.filter((m) => m.due !== null).length >= 2 ? milestones : [];
}

/** due = the last phase that has a date. */
export function lastMilestoneDue(milestones: Milestone[]): string | null {
  for (let i = milestones.length - 1; i >= 0; i--) if (milestones[i].due) return milestones[i].due;
  return null;
}
