import { describe, expect, it } from 'vitest';
import { doneRanges, inPeriod, isOverdueOrder, periodRanges, yearStart } from '../../lib/checklist/period';
import { sortSection, toRow } from '../../lib/checklist/sections';
import { makeTask } from './task-fixture';

const TODAY = '2026-03-10';

describe('this year vs history', () => {
  it("tasks due this year or later, undated and recurring ones are this year's work; earlier dates are history", () => {
    expect(yearStart(TODAY)).toBe('2026-01-01');
    expect(inPeriod({ due: '2026-01-01' }, 'current', TODAY)).toBe(true);
    expect(inPeriod({ due: '2027-06-30' }, 'current', TODAY)).toBe(true);
    expect(inPeriod({ due: '' }, 'current', TODAY)).toBe(true);
    expect(inPeriod({ due: '2025-12-31' }, 'current', TODAY)).toBe(false);
    expect(inPeriod({ due: '2025-12-31' }, 'history', TODAY)).toBe(true);
    expect(inPeriod({ due: '' }, 'history', TODAY)).toBe(false);
  });

  it("this year's 已逾期 starts on 1 January; history has only overdue days, up to 31 December last year", () => {
    expect(periodRanges(TODAY, 'current').overdue).toEqual({ from: '2026-01-01', to: '2026-03-09' });
    expect(periodRanges(TODAY, 'current').week).toEqual({ from: TODAY, to: '2026-03-17' });
    expect(periodRanges(TODAY, 'history')).toEqual({
      overdue: { from: null, to: '2025-12-31' },
      week: null,
      month: null,
      later: null,
    });
    // On 1 January nothing of this year is overdue yet.
    const jan1 = periodRanges('2026-01-01', 'current').overdue!;
    expect(jan1.from! > jan1.to!).toBe(true);
    expect(doneRanges(TODAY, 'current')).toEqual([
      { from: '', to: '' },
      { from: '2026-01-01', to: null },
    ]);
  });

  it('sorts 已逾期 most recently overdue first by default, most overdue first when asked', () => {
    const rows = ['2026-02-01', '2026-03-01', '2026-01-15'].map((due) => toRow(makeTask({ due }), TODAY));
    expect(sortSection('overdue', rows).map((r) => r.due)).toEqual(['2026-03-01', '2026-02-01', '2026-01-15']);
    expect(sortSection('overdue', rows, 'oldest').map((r) => r.due)).toEqual([
      '2026-01-15',
      '2026-02-01',
      '2026-03-01',
    ]);
    // Other sections are soonest first whatever the overdue order.
    expect(sortSection('week', rows, 'recent').map((r) => r.due)[0]).toBe('2026-01-15');
    expect(isOverdueOrder('oldest')).toBe(true);
    expect(isOverdueOrder('newest')).toBe(false);
  });
});
