import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayNumber,
  dayOfWeek,
  daysBetween,
  isIsoDate,
  isIsoMonth,
  localDay,
  localMonth,
  localStamp,
  monthEnd,
  monthsBetween,
  parseIsoDate,
  toIsoDate,
} from '../../lib/model/calendar';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('localDay', () => {
  it('is the calendar day where the user is, not the UTC day', () => {
    const instant = new Date('2024-12-31T16:30:00Z');
    process.env.TZ = 'Asia/Shanghai';
    expect(localDay(instant)).toBe('2025-01-01');
    process.env.TZ = 'America/Los_Angeles';
    expect(localDay(instant)).toBe('2024-12-31');
    process.env.TZ = 'UTC';
    expect(localDay(instant)).toBe('2024-12-31');
  });

  it('turns over at local midnight', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localDay(new Date('2024-02-29T15:59:59Z'))).toBe('2024-02-29');
    expect(localDay(new Date('2024-02-29T16:00:00Z'))).toBe('2024-03-01');
  });
});

describe('calendar arithmetic', () => {
  it('crosses month ends, leap days and year ends', () => {
    expect(addDays('2024-01-31', 1)).toBe('2024-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-12-25', 30)).toBe('2025-01-24');
    expect(daysBetween('2024-12-25', '2025-01-24')).toBe(30);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
  });

  it('does not depend on the time zone or daylight saving', () => {
    const results = ['Asia/Shanghai', 'America/New_York', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((tz) => {
      process.env.TZ = tz;
      // 2024-03-10 and 2024-11-03 are DST switch days in New York.
      return [
        addDays('2024-03-09', 1),
        addDays('2024-03-10', 1),
        daysBetween('2024-11-02', '2024-11-04'),
        dayNumber('2024-01-01'),
      ];
    });
    for (const r of results) expect(r).toEqual(['2024-03-10', '2024-03-11', 2, 19723]);
  });

  it('recognises real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('the one calendar', () => {
  it('counts days both ways across leap years', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2023-03-01', -1)).toBe('2023-02-28');
    expect(addDays('2024-02-29', 366)).toBe('2025-03-01');
    expect(addDays('2025-03-01', -366)).toBe('2024-02-29');
    expect(() => addDays('2024-02-30', 1)).toThrow(RangeError);
  });

  it('steps months both ways and lists a range', () => {
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2024-05', -17)).toBe('2022-12');
    expect(monthsBetween('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(monthsBetween('2024-02', '2024-01')).toEqual([]);
    expect(() => addMonths('2024-13', 1)).toThrow(RangeError);
  });

  it('validates days and months with one rule each', () => {
    expect(isIsoMonth('2024-12')).toBe(true);
    expect(isIsoMonth('2024-13')).toBe(false);
    expect(isIsoMonth('2024-1')).toBe(false);
    expect(isIsoMonth(202412)).toBe(false);
    expect(isIsoDate(20240229)).toBe(false);
    expect(parseIsoDate('2021-02-30')).toBeNull();
    expect(parseIsoDate('2024-02-29')).toEqual({ y: 2024, m: 2, d: 29 });
  });

  it('keeps stored days and months in the records years; arithmetic takes any year', () => {
    expect(isIsoDate('0099-01-01')).toBe(false);
    expect(isIsoDate('2400-01-01')).toBe(false);
    expect(isIsoDate('1900-01-01')).toBe(true);
    expect(isIsoMonth('2101-01')).toBe(false);
    expect(parseIsoDate('0099-01-01')).toEqual({ y: 99, m: 1, d: 1 });
    expect(addDays('2100-12-31', 1)).toBe('2101-01-01');
  });

  it('names weekdays without a clock (0 = Sunday)', () => {
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2024-06-09')).toBe(0);
    expect(dayOfWeek('1969-12-31')).toBe(3);
  });

  it('gives the local month and a local stamp', () => {
    process.env.TZ = 'Asia/Shanghai';
    expect(localMonth(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01');
    expect(localStamp(new Date('2024-12-31T16:30:00Z'))).toBe('2025-01-01 00:30');
    expect(toIsoDate(987, 3, 4)).toBe('0987-03-04');
    expect(monthEnd(2024, 2)).toBe('2024-02-29');
  });
});
