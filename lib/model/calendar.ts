/**
 * The one calendar of the project: days as 'YYYY-MM-DD', months as 'YYYY-MM', proleptic Gregorian. "Today" is
 * the user's local day; after that every computation is on calendar days, so no result depends on the time zone
 * or on daylight saving. Date.UTC is used only as a calendar, never as a clock.
 */
declare const brand: unique symbol;
/** A real calendar day, 'YYYY-MM-DD' (never 2021-02-30). Valid days sort as strings in time order. */
export type IsoDate = string & { readonly [brand]: 'IsoDate' };
/** A calendar month, 'YYYY-MM'. Valid months sort as strings in time order. */
export type IsoMonth = string & { readonly [brand]: 'IsoMonth' };

/**
 * Years a date in a record may have: a deadline of 0099 or 2400 is a typing slip, not a plan. Deadline years
 * outside this window are treated as noise ("2000-4000 人", phone numbers, ids).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const DAY_MS = 86_400_000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day of the month clamped into the month, so "每月31日" or "2月30日" still name a real day. */
export function clampDay(y: number, m: number, d: number): number {
  return Math.min(Math.max(d, 1), daysInMonth(y, m));
}

/** The day (y, m, d) as text; the parts are trusted to be a real day (clamp them first). */
export function toIsoDate(y: number, m: number, d: number): IsoDate {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}` as IsoDate;
}

export function toIsoMonth(y: number, m: number): IsoMonth {
  return `${pad(y, 4)}-${pad(m)}` as IsoMonth;
}

export function monthEnd(y: number, m: number): IsoDate {
  return toIsoDate(y, m, daysInMonth(y, m));
}

/** The parts of a real calendar day of any year, or null for anything else (including 2021-02-30). */
export function parseIsoDate(value: unknown): { y: number; m: number; d: number } | null {
  const match = typeof value === 'string' ? DAY.exec(value) : null;
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

const inYears = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/**
 * The one validator of days: a real calendar day (no 2024-02-30) in MIN_YEAR–MAX_YEAR, written YYYY-MM-DD. The zod
 * record schemas, forms, imports and report packages all use it; arithmetic (parseIsoDate, addDays) takes any year.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  const parts = parseIsoDate(value);
  return parts !== null && inYears(parts.y);
}

/** The one validator of months: YYYY-MM in MIN_YEAR–MAX_YEAR. */
export function isIsoMonth(value: unknown): value is IsoMonth {
  const m = typeof value === 'string' ? MONTH.exec(value) : null;
  return m !== null && inYears(Number(m[1]));
}

/** A day, or a RangeError naming the value (a programming error: user input is checked with isIsoDate first). */
export function assertIsoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`not a YYYY-MM-DD day: ${value}`);
  return value;
}

export function assertMonth(value: string): IsoMonth {
  if (!MONTH.test(value)) throw new RangeError(`not a YYYY-MM month: ${value}`);
  return value as IsoMonth;
}

/** The local calendar day of `now` (not the UTC day: at 07:00 in Beijing the UTC day is still yesterday). */
export function localDay(now: Date = new Date()): IsoDate {
  return toIsoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** The local calendar month of `now`. */
export function localMonth(now: Date = new Date()): IsoMonth {
  return toIsoMonth(now.getFullYear(), now.getMonth() + 1);
}

/** Days since 1970-01-01 of a calendar day. */
export function dayNumber(day: string): number {
  const parts = parseIsoDate(day);
  if (!parts) throw new RangeError(`not a YYYY-MM-DD day: ${day}`);
  return Date.UTC(parts.y, parts.m - 1, parts.d) / DAY_MS;
}

export function fromDayNumber(n: number): IsoDate {
  const d = new Date(n * DAY_MS);
  return toIsoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `days` later (or earlier, when negative). */
export function addDays(day: string, days: number): IsoDate {
  return fromDayNumber(dayNumber(day) + days);
}

/** `to` minus `from` in whole calendar days (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** Months since year 0, so that month differences are plain subtraction. */
export function monthIndex(month: string): number {
  const m = MONTH.exec(month);
  if (!m) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): IsoMonth {
  const year = Math.floor(index / 12);
  return toIsoMonth(year, index - year * 12 + 1);
}

/** `count` months later (or earlier, when negative). */
export function addMonths(month: string, count: number): IsoMonth {
  return monthFromIndex(monthIndex(month) + count);
}

/** Every month from `from` to `to`, both included; empty when `to` is earlier. */
export function monthsBetween(from: string, to: string): IsoMonth[] {
  const months: IsoMonth[] = [];
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) months.push(monthFromIndex(i));
  return months;
}

/** The month a day is in. */
export function monthOf(day: string): IsoMonth {
  return day.slice(0, 7) as IsoMonth;
}

/** 'YYYY-MM-DD HH:MM' in local time, for note, history and file-name stamps. */
export function localStamp(at: Date | number): string {
  const d = new Date(at);
  return `${localDay(d)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
