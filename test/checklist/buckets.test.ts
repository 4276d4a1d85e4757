import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketOf, bucketRanges, dueStatus } from '../../lib/model/due-status';
import { addDays, fromDayNumber } from '../../lib/model/days';

describe('bucketOf', () => {
  it('files tasks by calendar days from today', () => {
    const today = '2024-06-10';
    expect(bucketOf('2024-06-09', false, today)).toBe('overdue');
    expect(bucketOf('2016-12-31', false, today)).toBe('overdue');
    expect(bucketOf('2024-06-10', false, today)).toBe('week');
    expect(bucketOf('2024-06-17', false, today)).toBe('week');
    expect(bucketOf('2024-06-18', false, today)).toBe('month');
    expect(bucketOf('2024-07-10', false, today)).toBe('month');
    expect(bucketOf('2024-07-11', false, today)).toBe('later');
    expect(bucketOf('', false, today)).toBe('undated');
    expect(bucketOf('2024-06-01', true, today)).toBe('done');
    expect(bucketOf('', true, today)).toBe('done');
  });

  it('counts across month and year ends', () => {
    const today = '2024-12-28';
    expect(bucketOf('2024-12-27', false, today)).toBe('overdue');
    expect(bucketOf('2025-01-04', false, today)).toBe('week');
    expect(bucketOf('2025-01-05', false, today)).toBe('month');
    expect(bucketOf('2025-01-27', false, today)).toBe('month');
    expect(bucketOf('2025-01-28', false, today)).toBe('later');
    // February of a leap year: 7 days after 2024-02-25 is 2024-03-03.
    expect(bucketOf('2024-03-03', false, '2024-02-25')).toBe('week');
    expect(bucketOf('2024-03-04', false, '2024-02-25')).toBe('month');
    expect(bucketOf('2023-03-04', false, '2023-02-25')).toBe('week');
  });

  it('agrees with the index ranges the queries read, for any day and offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -400, max: 400 }), (dayNo, offset) => {
        const today = fromDayNumber(dayNo);
        const due = addDays(today, offset);
        const bucket = bucketOf(due, false, today);
        const expected = offset < 0 ? 'overdue' : offset <= 7 ? 'week' : offset <= 30 ? 'month' : 'later';
        expect(bucket).toBe(expected);
        const range = bucketRanges(today)[bucket as 'overdue' | 'week' | 'month' | 'later'];
        expect(range.from === null || range.from <= due).toBe(true);
        expect(range.to === null || due <= range.to).toBe(true);
      }),
    );
  });
});

describe('dueStatus', () => {
  it('gives days left, due today, or days overdue', () => {
    expect(dueStatus('2025-01-02', '2024-12-30')).toEqual({ kind: 'left', days: 3 });
    expect(dueStatus('2024-12-30', '2024-12-30')).toEqual({ kind: 'today', days: 0 });
    expect(dueStatus('2024-02-28', '2024-03-01')).toEqual({ kind: 'overdue', days: 2 });
    expect(dueStatus('2023-02-28', '2023-03-01')).toEqual({ kind: 'overdue', days: 1 });
  });
});
