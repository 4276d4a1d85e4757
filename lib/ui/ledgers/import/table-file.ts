import { toIsoDate } from '../../../model/calendar';

/** File contents to table rows, without the DOM or the xlsx reader (those live in read-file.ts). */

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** One spreadsheet cell as text; date cells become YYYY-MM-DD so the deadline parser can read them. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    // The reader builds dates in UTC from the sheet's day numbers.
    return toIsoDate(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  return String(value);
}

export function sheetRows(data: readonly (readonly unknown[])[]): string[][] {
  return data.map((row) => row.map(cellText));
}

/**
 * CSV bytes to text: UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030, which Excel and
 * WPS on Chinese Windows use when saving "CSV (逗号分隔)".
 */
export function decodeTableBytes(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
