import { describe, expect, it } from 'vitest';
import { effectiveDue, isRecurring } from '../../lib/model/effective-due';
import { groupRows } from '../../lib/checklist/sections';
import { BUCKETS } from '../../lib/model/due-status';
import { makeTask } from './task-fixture';

const recurring = (deadlineText: string) => makeTask({ deadlineText, deadlineKind: 'recurring', due: '' });
const limits = Object.fromEntries(BUCKETS.map((id) => [id, 50])) as Record<(typeof BUCKETS)[number], number>;

describe('recurring tasks in the checklist', () => {
  it('use their next occurrence on or after today', () => {
    expect(effectiveDue(recurring('每月10日前'), '2024-01-15')).toBe('2024-02-10');
    expect(effectiveDue(recurring('每月10日前'), '2024-02-10')).toBe('2024-02-10');
    expect(effectiveDue(recurring('每月10日前'), '2024-12-11')).toBe('2025-01-10');
    expect(effectiveDue(recurring('每季度末'), '2024-11-20')).toBe('2024-12-31');
    expect(effectiveDue(recurring('每年6月底前'), '2024-07-01')).toBe('2025-06-30');
  });

  it('stay undated when the text gives no phase', () => {
    expect(effectiveDue(recurring('定期'), '2024-01-15')).toBe('');
  });

  it('keep a date that is set on the task itself', () => {
    const task = makeTask({ deadlineText: '每月10日前', deadlineKind: 'recurring', due: '2024-03-31' });
    expect(isRecurring(task)).toBe(false);
    expect(effectiveDue(task, '2024-01-15')).toBe('2024-03-31');
  });

  it('land in the section of their next occurrence, never overdue', () => {
    const monthly = recurring('每月10日前');
    const quarterly = recurring('每季度末');
    const vague = recurring('定期');
    const sections = groupRows([monthly, quarterly, vague], '2024-12-05', limits);
    expect(sections.week.rows.map((r) => [r.task.id, r.due, r.recurring])).toEqual([[monthly.id, '2024-12-10', true]]);
    expect(sections.month.rows.map((r) => r.task.id)).toEqual([quarterly.id]);
    expect(sections.undated.rows.map((r) => r.task.id)).toEqual([vague.id]);
    expect(sections.overdue.count).toBe(0);
  });
});
