import { AppError } from '../../../model/app-error';
import type { MessageKey } from '../../../i18n/t';
import { splitTableText } from '../../../ledger/table-import';
import { sourceFrom, type ImportSource } from './source';
import { MAX_FILE_BYTES, decodeTableBytes, sheetRows } from './table-file';

// Formats officials have that no reader here opens: say what to do instead.
const UNSUPPORTED: Array<[RegExp, MessageKey]> = [
  [/\.(doc|wps|dot|rtf)$/, 'liOldWord'],
  [/\.(xls|et|ett)$/, 'liOldExcel'],
  [/\.(pdf|ofd)$/, 'liPdf'],
];

/** Reads a picked or dropped file into tables; each reader loads only when its kind of file is picked. */
export async function readImportFile(file: File): Promise<ImportSource> {
  const name = file.name.toLowerCase();
  for (const [pattern, message] of UNSUPPORTED) if (pattern.test(name)) throw new AppError(message);
  if (file.size > MAX_FILE_BYTES) throw new AppError('liFileTooLarge');
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
      throw new AppError('liExcelUnreadable');
    }
  }
  if (name.endsWith('.csv') || name.endsWith('.txt') || name.endsWith('.tsv')) {
    const text = decodeTableBytes(await file.arrayBuffer());
    return sourceFrom(file.name, [splitTableText(text)], text);
  }
  throw new AppError('liFileKind');
}
