import type { SnapshotDiff } from './diff';
import type { Snapshot } from './types';
import { workbookSheets } from './xlsx-sheets';

/** The report as an .xlsx Blob; the writer is loaded on demand so no page pays for it until an export. */
export async function snapshotXlsx(
  snapshot: Snapshot,
  diff: SnapshotDiff | null = null,
  lastAt: string | null = null,
): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  return writeXlsxFile(workbookSheets(snapshot, diff, lastAt), {
    fontFamily: 'Microsoft YaHei',
    fontSize: 11,
  }).toBlob();
}
