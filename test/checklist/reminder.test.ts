import { afterEach, describe, expect, it } from 'vitest';
import { firesAtTime, nextReminderAt } from '../../lib/checklist/reminder';

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('reminder time', () => {
  it('is the next local HH:MM after now', () => {
    process.env.TZ = 'Asia/Shanghai';
    const morning = new Date('2024-12-31T00:30:00Z'); // 08:30 in Beijing
    expect(new Date(nextReminderAt(morning, '09:00')).toISOString()).toBe('2024-12-31T01:00:00.000Z');
    const evening = new Date('2024-12-31T12:00:00Z'); // 20:00 in Beijing
    expect(new Date(nextReminderAt(evening, '09:00')).toISOString()).toBe('2025-01-01T01:00:00.000Z');
    const exactly = new Date('2024-12-31T01:00:00Z');
    expect(nextReminderAt(exactly, '09:00')).toBe(Date.parse('2025-01-01T01:00:00Z'));
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    process.env.TZ = 'America/New_York';
    const before = new Date('2024-03-09T15:00:00Z'); // 10:00 EST, the day before DST starts
    const at = nextReminderAt(before, '09:00');
    expect(new Date(at).toISOString()).toBe('2024-03-10T13:00:00.000Z'); // 09:00 EDT
    expect(firesAtTime(at, '09:00')).toBe(true);
    expect(firesAtTime(at, '09:30')).toBe(false);
  });
});
