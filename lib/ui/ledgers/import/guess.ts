import { cleanCellText } from '../../../ledger/table-import';

const LOOK_ROWS = 5;

/**
 * The table's title, when the paste starts with one ("白山市深化医药卫生体制改革 2021 年重点工作任务台账"):
 * the first row above the header with exactly one filled cell of a plausible length.
 */
export function guessTitle(rows: string[][], headerRow: number): string {
  const end = headerRow >= 0 ? headerRow : Math.min(rows.length, LOOK_ROWS);
  for (let r = 0; r < end; r++) {
    const filled = (rows[r] ?? []).map(cleanCellText).filter(Boolean);
    if (filled.length === 1 && filled[0].length >= 4 && filled[0].length <= 200) return filled[0];
  }
  return '';
}
