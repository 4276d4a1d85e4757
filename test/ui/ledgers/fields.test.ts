import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  FORM_ERROR,
  emptyLedgerForm,
  emptyTaskForm,
  errorsOf,
  fieldErrors,
  ledgerForm,
  taskForm,
  toTaskEdit,
} from '../../../lib/ui/ledgers/fields';

const errorsFor = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('expected errors');
  return fieldErrors(parsed.error);
};

describe('task form', () => {
  it('turns the typed strings into a task draft', () => {
    const parsed = taskForm.parse({
      ...emptyTaskForm,
      seq: ' 3 ',
      title: '  推进分级诊疗 ',
      lead: '县卫健局、县医保局 县财政局',
      deadlineText: ' 2024年6月底前 ',
      dueOverride: '2024-05-31',
    });
    expect(toTaskEdit(parsed)).toEqual({
      seq: '3',
      group: null,
      title: '推进分级诊疗',
      lead: ['县卫健局', '县医保局', '县财政局'],
      partners: [],
      deadlineText: '2024年6月底前',
      dueOverride: '2024-05-31',
    });
  });

  it('gives a Chinese message per field and keeps the others apart', () => {
    const errors = errorsFor(taskForm, {
      ...emptyTaskForm,
      title: '  ',
      dueOverride: '2024-02-30',
      newNote: '很'.repeat(501),
    });
    expect(errors).toEqual({
      title: '任务内容不能为空',
      dueOverride: '请填写 1900–2100 年间的有效日期，如 2024-03-01',
      newNote: '备注不能超过 500 字',
    });
  });
});

describe('ledger form', () => {
  it('accepts a ledger with only a title, and checks the issue date', () => {
    expect(ledgerForm.parse({ ...emptyLedgerForm, title: ' 新台账 ' })).toEqual({
      title: '新台账',
      issuer: '',
      docNumber: null,
      issued: null,
      region: '',
    });
    expect(errorsFor(ledgerForm, { ...emptyLedgerForm, issued: '2024-13-01' })).toEqual({
      title: '台账名称不能为空',
      issued: '请填写 1900–2100 年间的有效日期，如 2024-03-01',
    });
  });

  it('shows database errors beside their field and other errors for the whole form', () => {
    const dbError = new z.ZodError([{ code: 'custom', path: ['lead', 0], message: '部门名称不能为空', input: '' }]);
    expect(errorsOf(dbError)).toEqual({ lead: '部门名称不能为空' });
    expect(errorsOf(new Error('台账不存在'))).toEqual({ [FORM_ERROR]: '台账不存在' });
  });
});
