import type { ChecklistView } from './assemble';
import { BUCKETS } from '../model/due-status';
import type { ChecklistSections, SectionLimits } from './sections';
import type { ChecklistFilters } from './settings';
import type { OverdueOrder } from './period';

/**
 * The first step of the checklist as the last open page saw it, kept so the next popup can paint its rows before
 * IndexedDB has even opened. It is shown only on the day it was made, and the live query replaces it moments later.
 */
export interface FirstView extends ChecklistView {
  filters: ChecklistFilters;
  /** Not kept in the snapshot: its rows are stored already in the order they were shown. */
  overdueOrder?: OverdueOrder;
  /** Every spelling of "my departments" (aliases included), to mark rows 牵头 or 配合; absent = none chosen. */
  mine?: string[];
}

const VERSION = 1;

interface Packed {
  v: typeof VERSION;
  day: string;
  filters: ChecklistFilters;
  mine?: string[];
  sections: ChecklistSections;
  ledgerTitles: Array<[string, string]>;
  pending: ChecklistView['pending'];
}

/** Rows beyond the first screen's limits are dropped: the snapshot stands in only for the first paint. */
export function packFirstView(view: FirstView, day: string, limits: SectionLimits): string {
  const sections = Object.fromEntries(
    BUCKETS.map((id) => [id, { ...view.sections[id], rows: view.sections[id].rows.slice(0, limits[id]) }]),
  ) as ChecklistSections;
  const packed: Packed = {
    v: VERSION,
    day,
    filters: view.filters,
    mine: view.mine,
    sections,
    ledgerTitles: [...view.ledgerTitles],
    pending: view.pending,
  };
  return JSON.stringify(packed);
}

function isPacked(value: unknown): value is Packed {
  const p = value as Partial<Packed> | null;
  return (
    typeof p === 'object' &&
    p !== null &&
    p.v === VERSION &&
    typeof p.day === 'string' &&
    typeof p.filters === 'object' &&
    Array.isArray(p.ledgerTitles) &&
    Array.isArray(p.pending) &&
    typeof p.sections === 'object' &&
    p.sections !== null &&
    BUCKETS.every((id) => Array.isArray(p.sections?.[id]?.rows) && typeof p.sections?.[id]?.count === 'number')
  );
}

/** The snapshot if it is one of ours and from `day`; anything else (another day, another version, junk) is null. */
export function unpackFirstView(text: string | null, day: string): FirstView | null {
  if (!text) return null;
  try {
    const packed: unknown = JSON.parse(text);
    if (!isPacked(packed) || packed.day !== day) return null;
    return {
      filters: packed.filters,
      mine: Array.isArray(packed.mine) ? packed.mine.filter((n) => typeof n === 'string') : undefined,
      sections: packed.sections,
      ledgerTitles: new Map(packed.ledgerTitles),
      pending: packed.pending,
    };
  } catch {
    return null;
  }
}
