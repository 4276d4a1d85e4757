import type { FigureRecord, LedgerRecord, TaskRecord } from '../../lib/model/records';
import { buildSnapshot } from '../../lib/export/snapshot';
import { snapshotXlsx } from '../../lib/export/xlsx';
import { listIndicators } from '../../lib/indicators/catalog';
import { localDay, monthFromIndex } from '../../lib/model/calendar';

/** The export as options runs it: lib/export's snapshot, then its workbook through write-excel-file. */
export const XLSX_SOURCE = 'buildSnapshot + snapshotXlsx（lib/export）';

const UNIT = { id: 'unit-0', name: '某县', parentId: null, createdAt: 0 };

/** Monthly figures for every input of the first `indicators` catalog indicators, over `months` months. */
export function catalogFigures(
  indicators: number,
  months: number,
): { defs: ReturnType<typeof listIndicators>; figures: FigureRecord[] } {
  const defs = listIndicators().slice(0, indicators);
  const keys = [...new Set(defs.flatMap((d) => d.inputs.map((i) => i.key)))];
  const figures = Array.from({ length: months }, (_, m) => {
    const month = monthFromIndex(2019 * 12 + m);
    const values = Object.fromEntries(keys.map((key, k) => [key, 1000 + ((k * 97 + m * 13) % 1000)]));
    return { id: `${UNIT.id}|${month}`, unitId: UNIT.id, month, values, history: [], updatedAt: m };
  });
  return { defs, figures };
}

export async function buildXlsx(
  ledgers: LedgerRecord[],
  tasks: TaskRecord[],
  indicators: number,
  months: number,
): Promise<Blob> {
  const { defs, figures } = catalogFigures(indicators, months);
  const month = figures[figures.length - 1].month;
  const snapshot = buildSnapshot({
    ledgers,
    tasks,
    today: localDay(),
    soonDays: 7,
    defs,
    units: [UNIT],
    figures,
    unitIds: [UNIT.id],
    month,
    last: null,
  });
  return snapshotXlsx(snapshot);
}
