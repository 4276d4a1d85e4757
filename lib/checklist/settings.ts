/**
 * Shapes and defaults of the checklist's settings (their keys are in lib/db/setting-keys.ts). The zod schemas that
 * guard writes are in settings-schema.ts, loaded only when something is written, so the popup paints without zod.
 */

export interface ChecklistFilters {
  /** "My departments": units (canonical names) whose tasks the checklist, badge and reminder are limited to; [] = all. */
  departments: string[];
  ledgerId: string | null;
  search: string;
  /** Show only the tasks my departments lead (牵头), not those they partner in (配合). Absent in older stores. */
  hidePartners?: boolean;
}
export const DEFAULT_FILTERS: ChecklistFilters = { departments: [], ledgerId: null, search: '', hidePartners: false };
export const MAX_FILTER_DEPARTMENTS = 200;
export const MAX_SEARCH_LENGTH = 200;

/** The read-side check of stored filters: the same limits as the write schema, without zod. */
export function isChecklistFilters(value: unknown): value is ChecklistFilters {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.departments) &&
    v.departments.length <= MAX_FILTER_DEPARTMENTS &&
    v.departments.every((d) => typeof d === 'string' && d.length > 0) &&
    (v.ledgerId === null || (typeof v.ledgerId === 'string' && v.ledgerId.length > 0)) &&
    typeof v.search === 'string' &&
    v.search.length <= MAX_SEARCH_LENGTH &&
    (v.hidePartners === undefined || typeof v.hidePartners === 'boolean')
  );
}

export const DEFAULT_BADGE_DAYS = 7;

export interface ReminderSettings {
  enabled: boolean;
  /** HH:MM, local time. */
  time: string;
}
export const DEFAULT_REMINDER: ReminderSettings = { enabled: true, time: '09:00' };
