import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { cellText, decodeTableBytes, sheetRows } from '../../../lib/ui/ledgers/import/table-file';
import { detectColumns, parseLedgerRows, splitTableText } from '../../../lib/ledger/table-import';
import { ledgerXlsx } from './xlsx-fixture';

describe('spreadsheet cells', () => {
  it('turns every kind of cell into text, dates as YYYY-MM-DD', () => {
    expect(cellText(null)).toBe('');
    expect(cellText(undefined)).toBe('');
    expect(cellText(12)).toBe('12');
    expect(cellText(true)).toBe('true');
    expect(cellText(new Date(Date.UTC(2023, 8, 30)))).toBe('2023-09-30');
    expect(cellText(new Date(Number.NaN))).toBe('');
  });

  it('reads an .xlsx with a number 序号, a merged group and a date cell into tasks', async () => {
    const rows = sheetRows(await readSheet(await ledgerXlsx(), { parseNumber: (s: string) => s }));
    expect(rows[2][0]).toBe('1');
    expect(rows[3]).toEqual(['', '', '统一医共体内药品目录', '县卫健局、县医保局', '2023-09-30']);
    const { tasks, warnings } = parseLedgerRows(rows, detectColumns(rows)!, { year: 2023 });
    expect(warnings).toEqual([]);
    expect(tasks.map((t) => [t.seq, t.group, t.title, t.due])).toEqual([
      ['1', '推进紧密型县域医共体建设', '制定医共体章程', '2023-06-30'],
      ['1', '推进紧密型县域医共体建设', '统一医共体内药品目录', '2023-09-30'],
      ['2', '深化医保支付方式改革', '推进 DRG 付费', '2023-12-31'],
    ]);
  });
});

describe('decodeTableBytes', () => {
  const csv = '序号,工作任务,牵头部门\n1,推进分级诊疗,县卫健局\n';

  it('reads UTF-8 with and without BOM', () => {
    const bytes = new TextEncoder().encode(csv);
    expect(decodeTableBytes(bytes)).toBe(csv);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    expect(splitTableText(decodeTableBytes(withBom))[0]).toEqual(['序号', '工作任务', '牵头部门']);
  });

  it('reads a CSV saved by Excel on Chinese Windows (GB18030)', () => {
    // "序号,工作任务" in GBK.
    const gbk = new Uint8Array([0xd0, 0xf2, 0xba, 0xc5, 0x2c, 0xb9, 0xa4, 0xd7, 0xf7, 0xc8, 0xce, 0xce, 0xf1]);
    expect(decodeTableBytes(gbk)).toBe('序号,工作任务');
  });
});
