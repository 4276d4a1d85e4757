/**
 * Calendar months as 'YYYY-MM' strings. Valid month strings sort lexicographically in time order,
 * so plain string comparison is used for "at or before".
 */
export type Month = string;

export const MONTH_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH_PATTERN.test(value);
}

export function assertMonth(value: string): Month {
  if (!isMonth(value)) throw new RangeError(`不是 YYYY-MM 月份：${value}`);
  return value;
}

export function yearOf(month: Month): number {
  return Number(assertMonth(month).slice(0, 4));
}

/** Months since year 0, so that month differences are plain subtraction. */
export function monthIndex(month: Month): number {
  const m = MONTH_PATTERN.exec(month);
  if (!m) throw new RangeError(`不是 YYYY-MM 月份：${month}`);
  return Number(m[1]) * 12 + Number(m[2]) - 1;
}

export function monthFromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

export function addMonths(month: Month, count: number): Month {
  return monthFromIndex(monthIndex(month) + count);
}

/** Every month from `from` to `to`, both included; empty when `to` is earlier. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let i = monthIndex(from), end = monthIndex(to); i <= end; i++) months.push(monthFromIndex(i));
  return months;
}
