/** Years a date in a record may have: a deadline of 0099 or 2400 is a typing slip, not a plan. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

const yearOk = (y: number) => y >= MIN_YEAR && y <= MAX_YEAR;

/** A real calendar day (no 2024-02-30, no 2024-13-45) in 1900–2100, written YYYY-MM-DD. */
export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return yearOk(y) && mo >= 1 && mo <= 12 && d >= 1 && d <= daysIn(y, mo);
}

/** A month YYYY-MM in 1900–2100. */
export function isRealIsoMonth(value: string): boolean {
  const m = ISO_MONTH.exec(value);
  return m !== null && yearOk(Number(m[1])) && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export const DATE_MESSAGE = `日期格式应为 YYYY-MM-DD，且是 ${MIN_YEAR}–${MAX_YEAR} 年间真实存在的日期`;
export const MONTH_MESSAGE = `月份格式应为 YYYY-MM，年份在 ${MIN_YEAR}–${MAX_YEAR} 之间`;
/** Beside a date field of a form. */
export const DATE_FIELD_MESSAGE = `请填写 ${MIN_YEAR}–${MAX_YEAR} 年间的有效日期，如 2024-03-01`;
