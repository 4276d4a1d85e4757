import { z } from '../../z';
import { isIsoDate } from '../../model/calendar';
import { splitDepartments } from '../../ledger/departments';
import { NOTE_MAX_LENGTH } from '../../model/limits';
import type { LedgerDraft, TaskEdit } from '../../db/ledger-edits';

/**
 * What the ledger and task forms accept, with the Chinese message shown beside a field. Forms hold plain
 * strings; these schemas turn them into the drafts the database functions take.
 */

const optional = (max: number, what: string) =>
  z.string().trim().max(max, `${what}不能超过 ${max} 字`).transform((v) => (v === '' ? null : v));
const date = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDate(v), '请填写有效日期，如 2024-03-01')
  .transform((v) => (v === '' ? null : v));
const departments = (what: string) =>
  z.string().max(500, `${what}不能超过 500 字`).transform((v) => splitDepartments(v));

export const ledgerForm = z.object({
  title: z.string().trim().min(1, '台账名称不能为空').max(200, '台账名称不能超过 200 字'),
  issuer: z.string().trim().max(100, '印发单位不能超过 100 字'),
  docNumber: optional(100, '文号'),
  issued: date,
  region: z.string().trim().max(100, '地区不能超过 100 字'),
}) satisfies z.ZodType<LedgerDraft, unknown>;
export type LedgerFormValues = z.input<typeof ledgerForm>;

export const emptyLedgerForm: LedgerFormValues = { title: '', issuer: '', docNumber: '', issued: '', region: '' };

export const taskForm = z.object({
  seq: optional(20, '序号'),
  group: optional(500, '重点任务'),
  title: z.string().trim().min(1, '任务内容不能为空').max(2000, '任务内容不能超过 2000 字'),
  lead: departments('牵头部门'),
  partners: departments('配合部门'),
  deadlineText: z.string().trim().max(200, '完成时限不能超过 200 字'),
  dueOverride: date,
  newNote: z.string().trim().max(NOTE_MAX_LENGTH, `备注不能超过 ${NOTE_MAX_LENGTH} 字`),
});
export type TaskFormValues = z.input<typeof taskForm>;
export type TaskFormOutput = z.output<typeof taskForm>;

export const emptyTaskForm: TaskFormValues = {
  seq: '', group: '', title: '', lead: '', partners: '', deadlineText: '', dueOverride: '', newNote: '',
};

export function toTaskEdit({ newNote: _note, ...fields }: TaskFormOutput): Omit<TaskEdit, 'notes'> {
  return fields;
}

/** Field name → first message for it; problems that belong to no field go under FORM_ERROR. */
export type FieldErrors = Partial<Record<string, string>>;
export const FORM_ERROR = '_form';

export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : FORM_ERROR;
    out[key] ??= issue.message;
  }
  return out;
}

/** Any failure of a save as messages: zod problems beside their fields, anything else for the whole form. */
export function errorsOf(e: unknown): FieldErrors {
  if (e instanceof z.ZodError) return fieldErrors(e);
  return { [FORM_ERROR]: e instanceof Error ? e.message : String(e) };
}
