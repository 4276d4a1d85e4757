import { settingDefinitions } from './setting';
import { NATIVE_SETTINGS as NATIVE, type NativeSetting } from './setting-native';
import type { z } from '../z';
import { DEFAULT_BADGE_DAYS, DEFAULT_REMINDER } from '../checklist/settings';
import type { ReportCycle } from '../report/period';
import type { DepartmentSide } from './setting-schemas';

/**
 * Every key of the settings table, with its schema and fallback: the one list. A read checks the stored value
 * and falls back when it does not fit, so a restored or outdated value never breaks a page. Keys the popup and
 * side panel read before their first paint carry a zod-free guard with the schema's bounds.
 */
const { defineSetting, defineSettingFamily } = settingDefinitions(() => import('./setting-schemas'));

/** A setting the popup's classic script also reads: its key, guard and fallback are defined in setting-native.ts. */
const nativeSetting = <T>(
  { key, guard, fallback }: NativeSetting<T>,
  schema: (schemas: typeof import('./setting-schemas')) => z.ZodType<T>,
) => defineSetting(key, { schema, guard, fallback });

export const DEFAULT_CYCLE: ReportCycle = { kind: 'month', dueDay: 25, remindDays: 3 };

export const settings = {
  /** Checklist filters; "my departments" also limit the badge and reminder. Read before the popup's first paint. */
  filters: nativeSetting(NATIVE.filters, (s) => s.checklistFilters),
  /** The overdue section's order (most recent or most overdue first), for popup and side panel alike. */
  overdueOrder: nativeSetting(NATIVE.overdueOrder, (s) => s.overdueOrder),
  /** Department alias proposals the user said are not one unit. */
  dismissedAliasProposals: defineSetting<string[]>('departments.dismissedProposals', {
    schema: (s) => s.dismissedAliasProposals,
    fallback: [],
  }),
  /** The badge counts tasks due within this many days. */
  badgeDays: defineSetting('checklist.badgeDays', { schema: (s) => s.badgeDays, fallback: DEFAULT_BADGE_DAYS }),
  /** The daily due-task notification. */
  reminder: defineSetting('checklist.reminder', { schema: (s) => s.reminderSettings, fallback: DEFAULT_REMINDER }),
  /** Epoch ms of the last backup download, written in the backup's own transaction. */
  lastBackupAt: nativeSetting(NATIVE.lastBackupAt, (s) => s.epochMs),
  /** The backup reminder: days between backups (0 = off), when it first looked, until when it is snoozed. */
  backupReminderDays: nativeSetting(NATIVE.backupReminderDays, (s) => s.reminderDays),
  backupReminderSince: nativeSetting(NATIVE.backupReminderSince, (s) => s.epochMs),
  backupReminderSnoozedUntil: nativeSetting(NATIVE.backupReminderSnoozedUntil, (s) => s.epochMs),
  /** Bundled ledgers the user deleted (or a restore did not hold): seeding skips them. */
  dismissedSeeds: defineSetting<string[]>('dismissedSeeds', { schema: (s) => s.dismissedSeeds, fallback: [] }),
  /** The office's reporting cycle. */
  reportCycle: defineSetting('report.cycle', { schema: (s) => s.reportCycle, fallback: DEFAULT_CYCLE }),
  /** On a department's machine: the department and period each imported ledger was dispatched for. */
  departmentSide: defineSetting<DepartmentSide>('report.departmentSide', {
    schema: (s) => s.departmentSide,
    fallback: {},
  }),
  /** The first-run guide: finished, skipped, or (null) still to offer. */
  onboarding: defineSetting('onboarding.state', { schema: (s) => s.onboardingState, fallback: null }),
  /** A selection handed over by the context menu or command, until the capture form is confirmed or discarded. */
  pendingCapture: defineSetting('capture.pending', {
    schema: (s) => s.pendingCapture.nullable(),
    fallback: null,
  }),
  /** A table taken from a page, until the import screen (options.html#ledgers) takes it. */
  pendingTable: defineSetting('capture.pendingTable', { schema: (s) => s.pendingTable.nullable(), fallback: null }),
  /** The import screen's paste box as typed. */
  importDraft: defineSetting('ledgers.importDraft', { schema: (s) => s.importDraft, fallback: { text: '' } }),
  /** The 添加文件 paste box as typed (same shape as the import draft), until the document is added. */
  documentDraft: defineSetting('documents.addDraft', { schema: (s) => s.importDraft, fallback: { text: '' } }),
  /** The indicators tab's unit and month, so a reload opens the same form. */
  indicatorView: defineSetting('indicators.view', { schema: (s) => s.indicatorView, fallback: null }),
  /** Indicator fields as typed, per `<unitId>.<month>`; cleared when the month is saved, taken with the unit. */
  indicatorDrafts: defineSettingFamily('indicators.draft.', { schema: (s) => s.indicatorDraft, fallback: null }),
  /** The figures each indicator draft was typed against, per `<unitId>.<month>.base` (same prefix: taken with the unit). */
  indicatorDraftBases: defineSettingFamily('indicators.draft.', { schema: (s) => s.figureBase, fallback: null }),
  /** A department's report on one task as typed before it is saved, per task id (cleared by the save). */
  ownReportDrafts: defineSettingFamily('report.ownDraft:', { schema: (s) => s.ownReportDraft, fallback: null }),
  /** A progress note as typed, per task id. */
  noteDrafts: defineSettingFamily('noteDraft:', { schema: (s) => s.noteDraft, fallback: '' }),
};
