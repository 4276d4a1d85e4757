import { splitTableText } from '../../../ledger/table-import';
import { MAX_FILE_BYTES, decodeTableBytes, sheetRows } from './table-file';

/** Reads a picked .xlsx or .csv file into rows; the xlsx reader loads only when an .xlsx is picked. */
export async function readTableFile(file: File): Promise<string[][]> {
  if (file.size > MAX_FILE_BYTES) throw new Error('文件超过 10 MB，请只保留台账表格后再导入。');
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) {
    const { readSheet } = await import('read-excel-file/browser');
    try {
      return sheetRows(await readSheet(file, { parseNumber: (s: string) => s }));
    } catch {
      throw new Error('无法读取这个 Excel 文件：请确认它是 .xlsx 格式（旧的 .xls 请先另存为 .xlsx）。');
    }
  }
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) {
    return splitTableText(decodeTableBytes(await file.arrayBuffer()));
  }
  throw new Error('只能导入 .xlsx、.csv 文件；Word 或 WPS 中的表格请选中复制后粘贴到上面的输入框。');
}
