import { afterEach, describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, isIsoDate, localDay } from '../../lib/model/days';

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
      return [addDays('2024-03-09', 1), addDays('2024-03-10', 1), daysBetween('2024-11-02', '2024-11-04'), dayNumber('2024-01-01')];
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
