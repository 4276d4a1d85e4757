import { z } from '../z';
import { isoMonth } from '../model/records';
import { LIMITS } from '../model/limits';
import { reportPeriod } from '../report/form-types';
import { REPORT_STATUSES } from '../report/status';
import { SOURCE_TITLE_MAX, SOURCE_URL_MAX } from '../ledger/capture-draft';

/**
 * The zod schemas of stored settings, loaded on demand by setting-keys.ts (the popup paints without them). Schemas
 * that belong to a domain stay there and are re-exported; the rest live here.
 */
export { badgeDays, checklistFilters, overdueOrder, reminderSettings } from '../checklist/settings-schema';
export { epochMs, reminderDays } from '../reliability/reminder-schema';
export { noteDraft } from '../reliability/note-draft';
export { reportCycle } from '../report/period';

/** On a department's machine: which department each imported ledger was dispatched to, and for which period. */
export const departmentSide = z.record(
  z.string().max(200),
  z.object({ department: z.string().min(1).max(100), period: reportPeriod }),
);
export type DepartmentSide = z.infer<typeof departmentSide>;

/** Alias proposals the user said are not one unit, by their key (names sorted, joined by |). */
export const dismissedAliasProposals = z
  .array(
    z
      .string()
      .min(1)
      .max(LIMITS.name * 20),
  )
  .max(1000);

export const SELECTION_MAX = 20_000;
const TABLE_HTML_MAX = 5_000_000;

/**
 * What the context menu or the keyboard command hands over: the selection and the page it came from, kept until
 * the user confirms or discards the form (so closing the side panel loses nothing).
 */
export const pendingCapture = z.object({
  selection: z.string().max(SELECTION_MAX),
  pageTitle: z.string().max(SOURCE_TITLE_MAX),
  url: z.string().max(SOURCE_URL_MAX),
  at: z.number(),
  /** The user asked for a table but none was found in the selection: the form says so and offers the text. */
  tableNotFound: z.boolean().optional(),
  /** What the user has typed into the form so far: closing the side panel before confirming loses none of it. */
  form: z
    .object({
      title: z.string().max(SELECTION_MAX),
      deadlineText: z.string().max(2000),
      due: z.string().max(20),
      lead: z.string().max(2000),
      partners: z.string().max(2000),
      ledger: z.string().max(200),
    })
    .optional(),
});
export type PendingCapture = z.infer<typeof pendingCapture>;

export const pendingTable = z.object({
  html: z.string().min(1).max(TABLE_HTML_MAX),
  pageTitle: z.string().max(SOURCE_TITLE_MAX),
  url: z.string().max(SOURCE_URL_MAX),
  at: z.number(),
});
export type PendingTable = z.infer<typeof pendingTable>;

/** Bundled ledgers the user deleted, so an update or reinstall does not bring them back. */
export const dismissedSeeds = z.array(z.string());

/** Whether the first-run guide was finished or skipped. */
export const onboardingState = z.enum(['done', 'skipped']).nullable();
export type OnboardingState = z.infer<typeof onboardingState>;

/** The import paste box as typed. */
export const importDraft = z.object({ text: z.string() });

/** Indicator fields as typed for one unit and month. */
export const indicatorDraft = z.record(z.string(), z.string()).nullable();

/** The unit and month last looked at on the indicators tab. */
export const indicatorView = z.object({ unitId: z.string().nullable(), month: isoMonth }).nullable();

/** The stored figures an indicator draft was typed against (a save hours later still merges). */
export const figureBase = z.record(z.string(), z.number().nullable()).nullable();
export type DraftBase = Record<string, number | null>;

/**
 * What a department has typed for one task on its side of the reporting cycle, before 保存 (kept when the page
 * closes), with the period it was typed for: a draft of an earlier period is not offered in the next one.
 */
export const ownReportDraft = z
  .object({
    periodStart: z.string().max(10),
    status: z.enum(['', ...REPORT_STATUSES]),
    progress: z.string().max(5000),
    doneOn: z.string().max(10),
    evidence: z.string().max(2000),
  })
  .nullable();
export type OwnReportDraft = NonNullable<z.infer<typeof ownReportDraft>>;
