import { z } from '../../z';
import { MAX_YEAR, MIN_YEAR, isIsoDate } from '../../model/calendar';
import { LIMITS } from '../../model/limits';
import { cleanText } from '../../model/text';
import { splitDepartments } from '../../ledger/departments';
import { EditConflict, type LedgerDraft, type TaskEdit } from '../../db/ledger-edits';
import { errorText, messageText } from '../error-text';
import { t } from '../../i18n/t';

/**
 * What the ledger and task forms accept, with the Chinese message shown beside a field. Forms hold plain
 * strings; these schemas turn them into the drafts the database functions take.
 */

// The limits are the records' (lib/model/limits.ts); text is cleaned of invisible characters as the records are.
const text = (max: number, what: string) => z.string().overwrite(cleanText).max(max, `${what}不能超过 ${max} 字`);
const required = (max: number, what: string) => text(max, what).min(1, `${what}不能为空`);
const optional = (max: number, what: string) => text(max, what).transform((v) => (v === '' ? null : v));
// A year typed as 99 or 0099 is refused, not read as 1999 or kept as year 99.
export const DATE_FIELD_MESSAGE = `请填写 ${MIN_YEAR}–${MAX_YEAR} 年间的有效日期，如 2024-03-01`;
const date = z
  .string()
  .trim()
  .refine((v) => v === '' || isIsoDate(v), DATE_FIELD_MESSAGE)
  .transform((v) => (v === '' ? null : v));
const departments = (what: string) =>
  z
    .string()
    .max(LIMITS.departments * (LIMITS.name + 1), `${what}太长`)
    .transform((v) => splitDepartments(v))
    .refine((names) => names.length <= LIMITS.departments, `${what}不能超过 ${LIMITS.departments} 个`)
    .refine((names) => names.every((n) => n.length <= LIMITS.name), `每个部门名称不能超过 ${LIMITS.name} 字`);

export const ledgerForm = z.object({
  title: required(LIMITS.ledgerTitle, '台账名称'),
  issuer: text(LIMITS.issuer, '印发单位'),
  docNumber: optional(LIMITS.docNumber, '文号'),
  issued: date,
  region: text(LIMITS.region, '地区'),
}) satisfies z.ZodType<LedgerDraft, unknown>;
export type LedgerFormValues = z.input<typeof ledgerForm>;

export const emptyLedgerForm: LedgerFormValues = { title: '', issuer: '', docNumber: '', issued: '', region: '' };

export const taskForm = z.object({
  seq: optional(LIMITS.seq, '序号'),
  group: optional(LIMITS.group, '重点任务'),
  title: required(LIMITS.taskTitle, '任务内容'),
  lead: departments('牵头部门'),
  partners: departments('配合部门'),
  deadlineText: text(LIMITS.deadlineText, '完成时限'),
  dueOverride: date,
  newNote: z.string().trim().max(LIMITS.note, `备注不能超过 ${LIMITS.note} 字`),
});
export type TaskFormValues = z.input<typeof taskForm>;
export type TaskFormOutput = z.output<typeof taskForm>;

export const emptyTaskForm: TaskFormValues = {
  seq: '',
  group: '',
  title: '',
  lead: '',
  partners: '',
  deadlineText: '',
  dueOverride: '',
  newNote: '',
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
    out[key] ??= messageText(issue.message);
  }
  return out;
}

/** Any failure of a save as messages: zod problems beside their fields, anything else for the whole form. */

/** A stored field value as its form field shows it (departments joined by 、, nothing for null). */
export const fieldText = (v: unknown): string => (Array.isArray(v) ? v.join('、') : String(v ?? ''));

export function errorsOf(e: unknown): FieldErrors {
  if (e instanceof z.ZodError) return fieldErrors(e);
  // Both values are shown beside each field by ConflictChoice; the form says why nothing was saved.
  if (e instanceof EditConflict) return { [FORM_ERROR]: t('igConflictForm') };
  return { [FORM_ERROR]: errorText(e) };
}
