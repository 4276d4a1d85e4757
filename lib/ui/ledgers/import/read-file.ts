import { splitTableText } from '../../../ledger/table-import';
import { sourceFrom, type ImportSource } from './source';
import { MAX_FILE_BYTES, decodeTableBytes, sheetRows } from './table-file';

// Formats officials have that no reader here opens: say what to do instead.
const UNSUPPORTED: Array<[RegExp, string]> = [
  [
    /\.(doc|wps|dot|rtf)$/,
    '这是旧版 Word/WPS 文档，无法直接读取：请在 Word 或 WPS 中“另存为” .docx 后再导入，或打开文件选中表格复制后粘贴到上面的输入框。',
  ],
  [
    /\.(xls|et|ett)$/,
    '这是旧版 Excel/WPS 表格，无法直接读取：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入，或选中表格复制后粘贴到上面的输入框。',
  ],
  [
    /\.(pdf|ofd)$/,
    'PDF/OFD 文件无法读取表格结构：请找到原始的 Word/Excel 文件（另存为 .docx / .xlsx），或在阅读器中选中表格复制后粘贴到上面的输入框。',
  ],
];

/** Reads a picked or dropped file into tables; each reader loads only when its kind of file is picked. */
export async function readImportFile(file: File): Promise<ImportSource> {
  const name = file.name.toLowerCase();
  for (const [pattern, message] of UNSUPPORTED) if (pattern.test(name)) throw new Error(message);
  if (file.size > MAX_FILE_BYTES) throw new Error('文件超过 10 MB，请只保留台账表格后再导入。');
  if (name.endsWith('.docx')) {
    const { readDocx } = await import('../../../ledger/docx-tables');
    const content = readDocx(new Uint8Array(await file.arrayBuffer()));
    return sourceFrom(file.name, content.tables, content.text);
  }
  if (name.endsWith('.xlsx')) {
    const [{ readSheet }, { firstSheetMerges, fillMerges }] = await Promise.all([
      import('read-excel-file/browser'),
      import('./xlsx-merges'),
    ]);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const rows = sheetRows(await readSheet(new Blob([bytes]), { parseNumber: (s: string) => s }));
      return sourceFrom(file.name, [fillMerges(rows, firstSheetMerges(bytes))], '');
    } catch {
      throw new Error('无法读取这个 Excel 文件：请确认它是 .xlsx 格式（旧的 .xls 请先另存为 .xlsx）。');
    }
  }
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) {
    const text = decodeTableBytes(await file.arrayBuffer());
    return sourceFrom(file.name, [splitTableText(text)], text);
  }
  throw new Error('只能导入 .docx、.xlsx、.csv、.txt 文件；其他文件中的表格请选中复制后粘贴到上面的输入框。');
}
