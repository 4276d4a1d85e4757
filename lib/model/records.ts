import { z } from '../z';
import { isIsoDate, isIsoMonth } from './calendar';

export const isoDate = z.string().refine((v): boolean => isIsoDate(v), '日期格式应为 YYYY-MM-DD');
export const isoMonth = z.string().refine((v): boolean => isIsoMonth(v), '月份格式应为 YYYY-MM');
const text = z.string().trim();

export const ledgerRecord = z.object({
  id: z.string().min(1),
  title: text.min(1, '台账名称不能为空'),
  issuer: text,
  docNumber: text.nullable(),
  issued: isoDate.nullable(),
  region: text,
  source: z.string().nullable(),
  defaultDeadline: isoDate.nullable(),
  origin: z.enum(['seed', 'user']),
  /** The document (documents table) this ledger was taken from. */
  documentId: z.string().min(1).nullable(),
  // 0/1 like `done`: 1 = 归档, kept and searchable but out of the checklist, badge and reminders.
  archived: z.union([z.literal(0), z.literal(1)]),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type LedgerRecord = z.infer<typeof ledgerRecord>;

export const taskNote = z.object({ at: z.number(), text: z.string().max(5000) });

/** A phase of a task (进度安排 ①3月底前…②6月底前…): the task is due at its last milestone. */
export const milestone = z.object({
  text: z.string(),
  // '' = no date, as for tasks.
  due: z.union([isoDate, z.literal('')]),
  doneAt: isoDate.nullable(),
});
export type Milestone = z.infer<typeof milestone>;

/** The page a task was captured from (selection on a portal page). */
// Bounded like a captured page's title and address (lib/ledger/capture-draft.ts).
export const taskSource = z.object({ title: z.string().max(500), url: z.string().max(2000) });

export const taskRecord = z.object({
  id: z.string().min(1),
  ledgerId: z.string().min(1),
  order: z.number().int().nonnegative(),
  seq: z.string().nullable(),
  group: z.string().nullable(),
  title: text.min(1, '任务名称不能为空'),
  lead: z.array(text.min(1)),
  partners: z.array(text.min(1)),
  /** People (责任领导, 责任人, 联系人…), never units. */
  leaders: z.array(text.min(1)),
  milestones: z.array(milestone),
  /** Latest progress text: imported 进展情况, or the latest progress report. */
  progress: z.string().nullable(),
  archived: z.union([z.literal(0), z.literal(1)]),
  source: taskSource.nullable(),
  /** The clause of the source document the task came from. */
  clause: z.string().nullable(),
  deadlineText: z.string(),
  deadlineKind: z.enum(['date', 'span', 'recurring', 'open']),
  // '' = no date; a string keeps undated tasks inside the [done+due] index (null keys are not indexed).
  due: z.union([isoDate, z.literal('')]),
  dueOverride: isoDate.nullable(),
  // 0/1 because IndexedDB cannot index booleans.
  done: z.union([z.literal(0), z.literal(1)]),
  doneAt: isoDate.nullable(),
  notes: z.array(taskNote),
  history: z.array(z.object({ at: z.number(), action: z.string() })),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type TaskRecord = z.infer<typeof taskRecord>;

export const unitRecord = z.object({
  id: z.string().min(1),
  name: text.min(1, '单位名称不能为空'),
  parentId: z.string().nullable(),
  createdAt: z.number(),
});
export type UnitRecord = z.infer<typeof unitRecord>;

const figureValues = z.record(z.string(), z.number().nonnegative().nullable());

export const figureRecord = z.object({
  id: z.string().min(1),
  unitId: z.string().min(1),
  month: isoMonth,
  values: figureValues,
  history: z.array(z.object({ at: z.number(), values: figureValues })),
  updatedAt: z.number(),
});
export type FigureRecord = z.infer<typeof figureRecord>;

export const snapshotRecord = z.object({
  id: z.number().int().optional(),
  at: z.number(),
  asOf: isoDate,
  counts: z.record(z.string(), z.number()),
  doneTaskIds: z.array(z.string()),
  overdueTaskIds: z.array(z.string()),
  indicators: z.array(
    z.object({ id: z.string(), unitId: z.string(), value: z.number().nullable(), status: z.string() }),
  ),
});
export type SnapshotRecord = z.infer<typeof snapshotRecord>;

export const settingRecord = z.object({ key: z.string().min(1), value: z.unknown() });
export type SettingRecord = z.infer<typeof settingRecord>;

// User-made indicators and user changes to built-in targets; validated against the indicator schema on use.
export const indicatorRecord = z.object({ id: z.string().min(1), def: z.unknown(), updatedAt: z.number() });
export type IndicatorRecord = z.infer<typeof indicatorRecord>;

/** A policy document: the unit ledgers and targets come from; its text is kept to show any clause again. */
export const documentRecord = z.object({
  id: z.string().min(1),
  title: text.min(1, '文件标题不能为空'),
  issuer: text,
  docNumber: text.nullable(),
  issued: isoDate.nullable(),
  region: text,
  text: z.string(),
  origin: z.enum(['seed', 'user']),
  // 0/1: the user said this document applies to their work (first-run choice).
  applies: z.union([z.literal(0), z.literal(1)]),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type DocumentRecord = z.infer<typeof documentRecord>;

export const targetOp = z.enum(['>=', '<=', '>', '<', '=', 'between']);

/** One document's target for an indicator; every document's target is kept, the latest applying. */
export const targetRecord = z.object({
  id: z.string().min(1),
  indicatorId: z.string().min(1),
  documentId: z.string().min(1).nullable(),
  clause: z.string(),
  subject: z.string(),
  op: targetOp,
  value: z.number(),
  max: z.number().nullable(),
  unit: z.string(),
  by: isoMonth.nullable(),
  createdAt: z.number(),
});
export type TargetRecord = z.infer<typeof targetRecord>;

export const reportStatus = z.enum(['未启动', '推进中', '已完成', '滞后']);
export type ReportStatus = z.infer<typeof reportStatus>;

/** One department's progress report on one task for one reporting period; every report is kept. */
export const reportRecord = z.object({
  id: z.string().min(1),
  taskId: z.string().min(1),
  ledgerId: z.string().min(1),
  department: text.min(1),
  periodLabel: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  status: reportStatus.nullable(),
  progress: z.string(),
  doneOn: isoDate.nullable(),
  evidence: z.string(),
  reporter: z.string(),
  reportedAt: z.number(),
  importedAt: z.number(),
  via: z.enum(['form', 'package', 'manual']),
});
export type ReportRecord = z.infer<typeof reportRecord>;

/** An issued bulletin (通报): what it said, so the next one can say what changed since. */
export const bulletinRecord = z.object({
  id: z.string().min(1),
  ledgerId: z.string().min(1),
  periodLabel: z.string(),
  periodStart: isoDate,
  periodEnd: isoDate,
  issuedAt: z.number(),
  data: z.unknown(),
});
export type BulletinRecord = z.infer<typeof bulletinRecord>;

/** Another name of a department (市财政局（国资委） → 市财政局): one name per real unit. */
export const aliasRecord = z.object({
  alias: text.min(1),
  canonical: text.min(1),
  createdAt: z.number(),
});
export type AliasRecord = z.infer<typeof aliasRecord>;
