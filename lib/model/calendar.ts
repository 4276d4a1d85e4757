/**
 * Proleptic-Gregorian helpers on plain numbers and 'YYYY-MM-DD' strings. Deadline parsing works in calendar
 * days only, so nothing here touches the clock or the time zone.
 */

/** Deadline years outside the records' window are treated as noise ("2000-4000 人", phone numbers, ids). */
export { MIN_YEAR, MAX_YEAR } from './dates';

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Day of the month clamped into the month, so "每月31日" or "2月30日" still name a real day. */
export function clampDay(y: number, m: number, d: number): number {
  return Math.min(Math.max(d, 1), daysInMonth(y, m));
}

export function monthEnd(y: number, m: number): string {
  return isoDate(y, m, daysInMonth(y, m));
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parts of a real calendar date, or null for anything else (including 2021-02-30). */
export function parseIsoDate(value: string): { y: number; m: number; d: number } | null {
  const match = typeof value === 'string' ? ISO.exec(value) : null;
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** 0 = Sunday … 6 = Saturday (Sakamoto's method: no Date object, no time zone). */
export function dayOfWeek(y: number, m: number, d: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  return (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + t[m - 1] + d) % 7;
}

export function addDays(y: number, m: number, d: number, days: number): string {
  let year = y;
  let month = m;
  let day = d + days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return isoDate(year, month, day);
}
