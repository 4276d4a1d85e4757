import { daysInMonth, toIsoDate } from '../model/calendar';

/** Dates as clerks type them in a returned form, to YYYY-MM-DD. */

function valid(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return toIsoDate(y, m, d);
}

/** A spreadsheet serial day (1900 system) to YYYY-MM-DD; null outside 1900–2200. */
export function fromSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 110_000) return null;
  const t = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return valid(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

const FULL =
  /^(\d{4})\s*(?:年|[-/.．])\s*(\d{1,2})\s*(?:月|[-/.．])\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?Z?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NO_YEAR = /^(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*日?$/;

export type DateReading = { date: string | null; guessedYear?: boolean; invalid?: boolean };

/**
 * A typed date: 2026年11月20日, 2026/11/20, 2026-11-20, 2026.11.20, 20261120, a serial number, or 11月20日 (the
 * year taken from `yearHint`, flagged). Empty gives { date: null }; anything else unreadable is flagged invalid.
 */
export function readDate(value: unknown, yearHint: number | null): DateReading {
  if (value === null || value === undefined) return { date: null };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { date: null, invalid: true };
    // read-excel-file gives the cell's calendar day at UTC midnight; a time part rounds to its day.
    return { date: valid(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
  }
  if (typeof value === 'number') {
    const date = fromSerial(value);
    return date ? { date } : { date: null, invalid: true };
  }
  const text = String(value).normalize('NFKC').trim();
  if (!text) return { date: null };
  let m = FULL.exec(text) ?? COMPACT.exec(text);
  if (m) {
    const date = valid(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { date } : { date: null, invalid: true };
  }
  m = NO_YEAR.exec(text);
  if (m && yearHint) {
    const date = valid(yearHint, Number(m[1]), Number(m[2]));
    return date ? { date, guessedYear: true } : { date: null, invalid: true };
  }
  if (/^\d+(\.\d+)?$/.test(text)) {
    const date = fromSerial(Number(text));
    if (date) return { date };
  }
  return { date: null, invalid: true };
}
