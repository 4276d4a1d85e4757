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
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type LedgerRecord = z.infer<typeof ledgerRecord>;

export const taskNote = z.object({ at: z.number(), text: z.string().max(5000) });

export const taskRecord = z.object({
  id: z.string().min(1),
  ledgerId: z.string().min(1),
  order: z.number().int().nonnegative(),
  seq: z.string().nullable(),
  group: z.string().nullable(),
  title: text.min(1, '任务名称不能为空'),
  lead: z.array(text.min(1)),
  partners: z.array(text.min(1)),
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
