import { describe, expect, it } from 'vitest';
import { dueState, periodOf, shiftPeriod, type ReportCycle } from '../../lib/report/period';

const monthly: ReportCycle = { kind: 'month', dueDay: 25, remindDays: 3 };
const quarterly: ReportCycle = { kind: 'quarter', dueDay: 31, remindDays: 5 };

describe('reporting periods', () => {
  it('gives the month or quarter a day falls in, with its due day', () => {
    expect(periodOf(monthly, '2026-11-03')).toEqual({
      label: '2026年11月',
      start: '2026-11-01',
      end: '2026-11-30',
      due: '2026-11-25',
    });
    expect(periodOf(quarterly, '2026-11-03')).toEqual({
      label: '2026年第4季度',
      start: '2026-10-01',
      end: '2026-12-31',
      due: '2026-12-31',
    });
    expect(periodOf({ ...monthly, dueDay: 31 }, '2026-02-10').due).toBe('2026-02-28');
  });

  it('steps across year ends both ways', () => {
    expect(shiftPeriod(monthly, '2026-12-10', 1).label).toBe('2027年1月');
    expect(shiftPeriod(monthly, '2026-01-10', -1)).toMatchObject({
      label: '2025年12月',
      start: '2025-12-01',
      end: '2025-12-31',
    });
    expect(shiftPeriod(quarterly, '2026-11-03', 1)).toMatchObject({
      label: '2027年第1季度',
      start: '2027-01-01',
      end: '2027-03-31',
    });
    expect(shiftPeriod(quarterly, '2026-02-03', -1).label).toBe('2025年第4季度');
  });

  it('reminds from remindDays before the due day, then due today, then late', () => {
    const p = periodOf(monthly, '2026-11-01');
    expect(dueState(monthly, p, '2026-11-21')).toBe('early');
    expect(dueState(monthly, p, '2026-11-22')).toBe('remind');
    expect(dueState(monthly, p, '2026-11-25')).toBe('dueToday');
    expect(dueState(monthly, p, '2026-11-26')).toBe('late');
  });
});
