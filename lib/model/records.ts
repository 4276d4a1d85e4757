import { z } from '../z';
import { MAX_YEAR, MIN_YEAR, isIsoDate, isIsoMonth } from './calendar';
import { LIMITS, depthOver, jsonLength } from './limits';
import { cleanText } from './text';

/** Real calendar days and months in 1900–2100 (no 2024-02-30, 2024-13-45, 0099-01-01). */
const DATE_MESSAGE = `日期格式应为 YYYY-MM-DD，且是 ${MIN_YEAR}–${MAX_YEAR} 年间真实存在的日期`;
const MONTH_MESSAGE = `月份格式应为 YYYY-MM，年份在 ${MIN_YEAR}–${MAX_YEAR} 之间`;
export const isoDate = z.string().refine((v): boolean => isIsoDate(v), DATE_MESSAGE);
export const isoMonth = z.string().refine((v): boolean => isIsoMonth(v), MONTH_MESSAGE);

/** Text as stored: invisible characters and outer spaces removed (on every write, import and restore), capped. */
const text = (max: number, what: string) => z.string().overwrite(cleanText).max(max, `${what}不能超过 ${max} 字`);
const required = (max: number, what: string) => text(max, what).min(1, `${what}不能为空`);
const id = z.string().min(1).max(LIMITS.idChars);
const stamp = z.number().int().nonnegative();
/** A 牵头/配合 list: each name cleaned and non-empty, a name written twice (once with a zero-width space) kept once. */
const departments = (what: string) =>
  z
    .array(required(LIMITS.name, `${what}名称`))
    .max(LIMITS.departments, `${what}不能超过 ${LIMITS.departments} 个`)
    .overwrite((names) => [...new Set(names)]);

/** A JSON-like value of bounded nesting and size (settings, custom indicators): a crafted file cannot bloat the DB. */
const bounded = (depth: number, chars: number, what: string) =>
  z.unknown().superRefine((value, ctx) => {
    if (depthOver(value, depth)) ctx.addIssue({ code: 'custom', message: `${what}嵌套超过 ${depth} 层` });
    else if (jsonLength(value) > chars) ctx.addIssue({ code: 'custom', message: `${what}超过 ${chars} 个字符` });
  });

export const ledgerRecord = z.object({
  id,
  title: required(LIMITS.ledgerTitle, '台账名称'),
  issuer: text(LIMITS.issuer, '印发单位'),
  docNumber: text(LIMITS.docNumber, '文号').nullable(),
  issued: isoDate.nullable(),
  region: text(LIMITS.region, '地区'),
  source: z.string().max(LIMITS.idChars).nullable(),
  defaultDeadline: isoDate.nullable(),
  origin: z.enum(['seed', 'user']),
  /** The document (documents table) this ledger was taken from. */
  documentId: id.nullable(),
  // 0/1 like `done`: 1 = 归档, kept and searchable but out of the checklist, badge and reminders.
  archived: z.union([z.literal(0), z.literal(1)]),
  createdAt: stamp,
  updatedAt: stamp,
});
export type LedgerRecord = z.infer<typeof ledgerRecord>;

export const taskNote = z.object({ at: stamp, text: z.string().max(LIMITS.note, `备注不能超过 ${LIMITS.note} 字`) });

/** A phase of a task (进度安排 ①3月底前…②6月底前…): the task is due at its last milestone. */
export const milestone = z.object({
  text: z.string().max(LIMITS.deadlineText, `进度安排不能超过 ${LIMITS.deadlineText} 字`),
  // '' = no date, as for tasks.
  due: z.union([isoDate, z.literal('')]),
  doneAt: isoDate.nullable(),
});
export type Milestone = z.infer<typeof milestone>;

/** The page a task was captured from (selection on a portal page). */
// Bounded like a captured page's title and address (lib/ledger/capture-draft.ts).
export const taskSource = z.object({ title: z.string().max(500), url: z.string().max(LIMITS.url) });

export const taskRecord = z.object({
  id,
  ledgerId: id,
  order: z.number().int().nonnegative(),
  seq: text(LIMITS.seq, '序号').nullable(),
  group: text(LIMITS.group, '重点任务').nullable(),
  title: required(LIMITS.taskTitle, '任务名称'),
  lead: departments('牵头部门'),
  partners: departments('配合部门'),
  /** People (责任领导, 责任人, 联系人…), never units. */
  leaders: departments('责任人'),
  milestones: z.array(milestone).max(LIMITS.milestones),
  /** Latest progress text: imported 进展情况, or the latest progress report. */
  progress: z.string().max(LIMITS.progress, `进展情况不能超过 ${LIMITS.progress} 字`).nullable(),
  archived: z.union([z.literal(0), z.literal(1)]),
  source: taskSource.nullable(),
  /** The clause of the source document the task came from. */
  clause: z.string().max(LIMITS.clause, `文件条款不能超过 ${LIMITS.clause} 字`).nullable(),
  deadlineText: text(LIMITS.deadlineText, '完成时限'),
  deadlineKind: z.enum(['date', 'span', 'recurring', 'open']),
  // '' = no date; a string keeps undated tasks inside the [done+due] index (null keys are not indexed).
  due: z.union([isoDate, z.literal('')]),
  dueOverride: isoDate.nullable(),
  // 0/1 because IndexedDB cannot index booleans.
  done: z.union([z.literal(0), z.literal(1)]),
  doneAt: isoDate.nullable(),
  /**
   * A recurring duty (每月, 每季度末) is done per period: one entry per completed occurrence (its due date and the
   * day it was ticked), kept after the next period opens. Absent on records written before it existed.
   */
  periodsDone: z
    .array(z.object({ due: isoDate, doneAt: isoDate, at: stamp }))
    .max(LIMITS.history)
    .optional(),
  notes: z.array(taskNote).max(LIMITS.notes),
  history: z.array(z.object({ at: stamp, action: z.string().max(LIMITS.idChars) })).max(LIMITS.history),
  createdAt: stamp,
  updatedAt: stamp,
});
export type TaskRecord = z.infer<typeof taskRecord>;

export const unitRecord = z.object({
  id,
  name: required(LIMITS.name, '单位名称'),
  parentId: id.nullable(),
  createdAt: stamp,
});
export type UnitRecord = z.infer<typeof unitRecord>;

const figureValues = z
  .record(z.string().min(1).max(LIMITS.figureKey), z.number().nonnegative().nullable())
  .refine((v) => Object.keys(v).length <= LIMITS.figureKeys, `一个月的数据项不能超过 ${LIMITS.figureKeys} 个`);

export const figureRecord = z.object({
  id,
  unitId: id,
  month: isoMonth,
  values: figureValues,
  history: z.array(z.object({ at: stamp, values: figureValues })).max(LIMITS.figureHistory),
  updatedAt: stamp,
});
export type FigureRecord = z.infer<typeof figureRecord>;

export const snapshotRecord = z.object({
  id: z.number().int().optional(),
  at: stamp,
  asOf: isoDate,
  counts: z.record(z.string(), z.number()),
  doneTaskIds: z.array(z.string()),
  overdueTaskIds: z.array(z.string()),
  indicators: z.array(
    z.object({ id: z.string(), unitId: z.string(), value: z.number().nullable(), status: z.string() }),
  ),
});
export type SnapshotRecord = z.infer<typeof snapshotRecord>;

export const settingRecord = z.object({
  key: id,
  value: bounded(LIMITS.settingDepth, LIMITS.settingChars, '设置值'),
});
export type SettingRecord = z.infer<typeof settingRecord>;

// User-made indicators and user changes to built-in targets; validated against the indicator schema on use.
export const indicatorRecord = z.object({
  id,
  def: bounded(LIMITS.indicatorDepth, LIMITS.indicatorChars, '自定义指标'),
  updatedAt: stamp,
});
export type IndicatorRecord = z.infer<typeof indicatorRecord>;

/** A policy document: the unit ledgers and targets come from; its text is kept to show any clause again. */
export const documentRecord = z.object({
  id,
  title: required(LIMITS.ledgerTitle, '文件标题'),
  issuer: text(LIMITS.issuer, '印发单位'),
  docNumber: text(LIMITS.docNumber, '文号').nullable(),
  issued: isoDate.nullable(),
  region: text(LIMITS.region, '地区'),
  text: z.string().max(LIMITS.documentText, `文件全文不能超过 ${LIMITS.documentText} 字`),
  origin: z.enum(['seed', 'user']),
  // 0/1: the user said this document applies to their work (first-run choice).
  applies: z.union([z.literal(0), z.literal(1)]),
  createdAt: stamp,
  updatedAt: stamp,
});
export type DocumentRecord = z.infer<typeof documentRecord>;

export const targetOp = z.enum(['>=', '<=', '>', '<', '=', 'between']);

/** One document's target for an indicator; every document's target is kept, the latest applying. */
export const targetRecord = z.object({
  id,
  indicatorId: id,
  documentId: id.nullable(),
  clause: z.string().max(LIMITS.clause),
  subject: z.string().max(LIMITS.group),
  op: targetOp,
  value: z.number(),
  max: z.number().nullable(),
  unit: z.string().max(LIMITS.name),
  by: isoMonth.nullable(),
  createdAt: stamp,
});
export type TargetRecord = z.infer<typeof targetRecord>;

export const reportStatus = z.enum(['未启动', '推进中', '已完成', '滞后']);
export type ReportStatus = z.infer<typeof reportStatus>;

/** One department's progress report on one task for one reporting period; every report is kept. */
export const reportRecord = z.object({
  id,
  taskId: id,
  ledgerId: id,
  department: required(LIMITS.name, '填报部门'),
  periodLabel: z.string().max(LIMITS.name),
  periodStart: isoDate,
  periodEnd: isoDate,
  status: reportStatus.nullable(),
  progress: z.string().max(LIMITS.progress, `进展情况不能超过 ${LIMITS.progress} 字`),
  doneOn: isoDate.nullable(),
  evidence: z.string().max(LIMITS.progress, `佐证材料不能超过 ${LIMITS.progress} 字`),
  reporter: text(LIMITS.name, '填报人'),
  reportedAt: stamp,
  importedAt: stamp,
  via: z.enum(['form', 'package', 'manual']),
});
export type ReportRecord = z.infer<typeof reportRecord>;

/** An issued bulletin (通报): what it said, so the next one can say what changed since. */
export const bulletinRecord = z.object({
  id,
  ledgerId: id,
  periodLabel: z.string().max(LIMITS.name),
  periodStart: isoDate,
  periodEnd: isoDate,
  issuedAt: stamp,
  data: bounded(LIMITS.settingDepth, LIMITS.settingChars, '通报内容'),
});
export type BulletinRecord = z.infer<typeof bulletinRecord>;

/** Another name of a department (市财政局（国资委） → 市财政局): one name per real unit. */
export const aliasRecord = z.object({
  alias: required(LIMITS.name, '部门别名'),
  canonical: required(LIMITS.name, '部门名称'),
  createdAt: stamp,
});
export type AliasRecord = z.infer<typeof aliasRecord>;
