import { describe, expect, it } from 'vitest';
import { fromSerial, readDate } from '../../lib/report/dates';

describe('readDate', () => {
  it.each([
    ['2026年11月20日', '2026-11-20'],
    ['2026/11/20', '2026-11-20'],
    ['2026-11-20', '2026-11-20'],
    ['2026.11.20', '2026-11-20'],
    ['２０２６年１１月２０日', '2026-11-20'],
    ['2026 年 1 月 5 日', '2026-01-05'],
    ['20261120', '2026-11-20'],
    ['2026-11-20 00:00:00', '2026-11-20'],
    ['46346', '2026-11-20'],
  ])('reads %s', (text, iso) => {
    expect(readDate(text, null)).toEqual({ date: iso });
  });

  it('reads serials and Date objects as their calendar day', () => {
    expect(readDate(46346, null)).toEqual({ date: '2026-11-20' });
    expect(readDate(new Date(Date.UTC(2026, 10, 20)), null)).toEqual({ date: '2026-11-20' });
    expect(fromSerial(61)).toBe('1900-03-01');
  });

  it('takes a missing year from the period, flagged', () => {
    expect(readDate('11月20日', 2026)).toEqual({ date: '2026-11-20', guessedYear: true });
    expect(readDate('11月20日', null)).toEqual({ date: null, invalid: true });
  });

  it('flags impossible or unreadable dates and treats blanks as no date', () => {
    expect(readDate('2026-02-30', null)).toEqual({ date: null, invalid: true });
    expect(readDate('下周', null)).toEqual({ date: null, invalid: true });
    expect(readDate('  ', null)).toEqual({ date: null });
    expect(readDate(null, null)).toEqual({ date: null });
  });
});
