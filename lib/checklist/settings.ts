import { z } from '../z';

/** Settings-table keys and schemas of the checklist; a stored value that no longer parses falls back to the default. */
export const FILTERS_KEY = 'checklist.filters';
export const BADGE_DAYS_KEY = 'checklist.badgeDays';
export const REMINDER_KEY = 'checklist.reminder';

export const checklistFilters = z.object({
  /** "My departments": lead departments whose tasks the checklist, badge and reminder are limited to; [] = all. */
  departments: z.array(z.string().min(1)).max(200),
  ledgerId: z.string().min(1).nullable(),
  search: z.string().max(200),
});
export type ChecklistFilters = z.infer<typeof checklistFilters>;
export const DEFAULT_FILTERS: ChecklistFilters = { departments: [], ledgerId: null, search: '' };

export const badgeDays = z.number().int().min(1).max(90);
export const DEFAULT_BADGE_DAYS = 7;

export const reminderSettings = z.object({
  enabled: z.boolean(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM'),
});
export type ReminderSettings = z.infer<typeof reminderSettings>;
export const DEFAULT_REMINDER: ReminderSettings = { enabled: true, time: '09:00' };
