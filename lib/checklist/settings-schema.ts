import { z } from '../z';
import { MAX_FILTER_DEPARTMENTS, MAX_SEARCH_LENGTH, type ChecklistFilters, type ReminderSettings } from './settings';

/** Write-side schemas of the checklist settings; a stored value that no longer parses falls back to the default. */
export const checklistFilters: z.ZodType<ChecklistFilters> = z.object({
  departments: z.array(z.string().min(1)).max(MAX_FILTER_DEPARTMENTS),
  ledgerId: z.string().min(1).nullable(),
  search: z.string().max(MAX_SEARCH_LENGTH),
  hidePartners: z.boolean().optional(),
});

export const badgeDays = z.number().int().min(1).max(90);

export const reminderSettings: z.ZodType<ReminderSettings> = z.object({
  enabled: z.boolean(),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:MM'),
});

export const overdueOrder = z.enum(['recent', 'oldest']);
