import type { CellObject } from 'write-excel-file/universal';
import { parseIsoDate } from '../model/calendar';
import { textCell } from './safe-cell';

/** Cell builders for the xlsx sheets: typed cells, so dates are dates, numbers numbers and text only text. */

export const text = (value: string): CellObject => textCell(value);

export const header = (value: string): CellObject => ({
  ...textCell(value),
  fontWeight: 'bold',
  backgroundColor: '#E8EEF7',
});

export function num(value: number | null, format = '0.00'): CellObject | null {
  return value === null || !Number.isFinite(value) ? null : { value, type: Number, format };
}

export const int = (value: number): CellObject => ({ value, type: Number, format: '0' });

/** A calendar day as an Excel date (midnight UTC is what the writer turns into the day's serial number). */
export function day(iso: string | null): CellObject | null {
  const parts = parseIsoDate(iso);
  if (!parts) return null;
  return { value: new Date(Date.UTC(parts.y, parts.m - 1, parts.d)), type: Date, format: 'yyyy-mm-dd' };
}
