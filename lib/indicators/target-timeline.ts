import type { CatalogTarget } from '../model/indicator/schema';
import type { Month } from '../model/month';

/** A target with what decides between documents: the issue date of the document that set it. */
export type DatedTarget = CatalogTarget & { issued?: string | null };

export interface TargetTimeline<T extends DatedTarget = DatedTarget> {
  /** The target to work to now: the nearest deadline not yet passed, else an open-ended one; null when every
   * target's deadline has passed (they are history, not a standing failure). */
  current: T | null;
  /** The one after it, with its deadline. */
  next: T | null;
  /** Passed and superseded targets, most recent deadline first. */
  history: T[];
}

const rank = (by: Month | null) => by ?? '\uffff';

/**
 * Orders an indicator's targets from every document over time. Two documents setting a target for the same
 * deadline: the later-issued one applies and the earlier one is history, kept with its source.
 */
export function targetTimeline<T extends DatedTarget>(targets: readonly T[], asOf: Month): TargetTimeline<T> {
  const byDeadline = new Map<string, T>();
  const superseded: T[] = [];
  for (const t of targets) {
    const key = rank(t.by);
    const held = byDeadline.get(key);
    if (!held) byDeadline.set(key, t);
    else if ((t.issued ?? '') >= (held.issued ?? '')) {
      superseded.push(held);
      byDeadline.set(key, t);
    } else superseded.push(t);
  }
  const ordered = [...byDeadline.values()].sort((a, b) => rank(a.by).localeCompare(rank(b.by)));
  const ahead = ordered.filter((t) => t.by === null || t.by >= asOf);
  const passed = ordered.filter((t) => t.by !== null && t.by < asOf);
  const history = [...passed, ...superseded].sort((a, b) => rank(b.by).localeCompare(rank(a.by)));
  return { current: ahead[0] ?? null, next: ahead[1] ?? null, history };
}
