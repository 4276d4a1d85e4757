import { INDICATOR_HEADERS, INDICATOR_STATUS_LABEL, TASK_HEADERS, TASK_STATUS_LABEL } from './labels';
import { csvSafe } from './safe-cell';
import type { Snapshot } from './types';

type Field = string | number | null;

/** UTF-8 byte-order mark: without it Excel and WPS read the file as the local code page and garble Chinese. */
export const BOM = '\uFEFF';

/** CSV text with a BOM and CRLF lines; text fields are made formula-safe, numbers stay numbers. */
export async function toCsv(headers: readonly string[], rows: readonly Field[][]): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const safe = rows.map((row) => row.map((f) => (typeof f === 'string' ? csvSafe(f) : (f ?? ''))));
  return BOM + Papa.unparse({ fields: [...headers], data: safe }, { newline: '\r\n' });
}

export function tasksCsv(s: Snapshot): Promise<string> {
  return toCsv(
    TASK_HEADERS,
    s.tasks.map((r) => [
      r.ledgerTitle,
      r.seq,
      r.title,
      r.lead,
      r.partners,
      r.deadlineText,
      r.due,
      TASK_STATUS_LABEL[r.status],
      r.doneAt ?? '',
      r.notes,
      r.id,
    ]),
  );
}

export function indicatorsCsv(s: Snapshot): Promise<string> {
  return toCsv(
    INDICATOR_HEADERS,
    s.indicators.map((r) => [
      r.unitName,
      r.name,
      r.measure,
      r.month,
      r.value,
      r.target,
      r.gap,
      INDICATOR_STATUS_LABEL[r.status],
      r.vsPrevMonth,
      r.vsLastSnapshot,
      r.id,
    ]),
  );
}
