import { describe, expect, it } from 'vitest';
import { ledgerRecord, taskRecord } from '../../lib/model/records';
import { dueFields, ledgerRow, taskRow } from '../e2e/records';

// The e2e tests write these records straight into IndexedDB, past the app's validation: they must stay valid records.
describe('the records e2e tests write', () => {
  it('are valid ledger and task records, with and without a date', () => {
    expect(ledgerRecord.safeParse(ledgerRow('e2e', '测试台账', 1)).success).toBe(true);
    expect(
      taskRecord.safeParse(taskRow('e2e', 'a', 0, 1, { title: '任务', ...dueFields('2030-12-31') })).error,
    ).toBeUndefined();
    expect(taskRecord.safeParse(taskRow('e2e', 'b', 1, 1, { title: '任务', ...dueFields('') })).error).toBeUndefined();
  });
});
