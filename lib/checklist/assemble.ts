import { DATED_OPEN_BUCKETS, type BucketId } from '../model/due-status';
import type { OverdueOrder } from './period';
import { addRows, sortSection, type ChecklistRow, type ChecklistSections, type SectionLimits } from './sections';

/**
 * The checklist arrives in two steps so the first rows paint early: first the first rows of the dated sections,
 * then the counts (IndexedDB counts walk the whole range) and the tasks without a stored date.
 */
export interface ChecklistView {
  sections: ChecklistSections;
  ledgerTitles: Map<string, string>;
  /** Sections whose count is not known yet (shown as '…'); empty once both steps are in. */
  pending: BucketId[];
}

export type CountedBucket = (typeof DATED_OPEN_BUCKETS)[number] | 'done';

export interface ChecklistRest {
  counts: Record<CountedBucket, number>;
  /** Open tasks without a stored date: 待定 (all, sorted) and recurring ones with a next occurrence. */
  plain: ChecklistRow[];
  recurring: ChecklistRow[];
}

export function splitUndated(rows: ChecklistRow[]): Pick<ChecklistRest, 'plain' | 'recurring'> {
  return {
    plain: sortSection(
      'undated',
      rows.filter((r) => r.due === ''),
    ),
    recurring: rows.filter((r) => r.due !== ''),
  };
}

/** Adds the second step to the first; a view that is already whole, or a missing step, is returned as it is. */
export function completeView<T extends ChecklistView>(
  view: T,
  rest: ChecklistRest | null | undefined,
  today: string,
  limits: SectionLimits,
  overdueOrder?: OverdueOrder,
): T {
  if (view.pending.length === 0 || !rest) return view;
  const sections = { ...view.sections };
  for (const id of [...DATED_OPEN_BUCKETS, 'done'] as const) sections[id] = { ...sections[id], count: rest.counts[id] };
  sections.undated = { id: 'undated', count: rest.plain.length, rows: rest.plain.slice(0, limits.undated) };
  return { ...view, sections: addRows(sections, rest.recurring, today, limits, overdueOrder), pending: [] };
}
