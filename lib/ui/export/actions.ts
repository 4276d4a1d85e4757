import { getDb } from '../../db/database';
import type { SnapshotRecord } from '../../model/records';
import { recordSnapshot } from '../../db/snapshots';
import { formatStamp } from '../../checklist/timeline';
import { diffSnapshots } from '../../export/diff';
import { exportFileName } from '../../export/file-names';
import { toSnapshotRecord } from '../../export/snapshot';
import type { Snapshot } from '../../export/types';
import { downloadBlob } from '../download';

/**
 * Downloads one export and adds it to the history. The file is made first: an export that fails is not
 * recorded, so the next one still compares with the last report actually handed in.
 */
export async function exportXlsx(snapshot: Snapshot, last: SnapshotRecord | null): Promise<void> {
  const record = toSnapshotRecord(snapshot, Date.now());
  const { snapshotXlsx } = await import('../../export/xlsx');
  const blob = await snapshotXlsx(snapshot, diffSnapshots(last, record), last ? formatStamp(last.at) : null);
  downloadBlob(exportFileName(snapshot.asOf, 'xlsx'), blob);
  await recordSnapshot(getDb(), record);
}

export async function exportCsv(snapshot: Snapshot, part: 'tasks' | 'indicators'): Promise<void> {
  const { tasksCsv, indicatorsCsv } = await import('../../export/csv');
  const text = await (part === 'tasks' ? tasksCsv(snapshot) : indicatorsCsv(snapshot));
  downloadBlob(
    exportFileName(snapshot.asOf, 'csv', part === 'tasks' ? '任务' : '指标'),
    new Blob([text], { type: 'text/csv;charset=utf-8' }),
  );
  await recordSnapshot(getDb(), toSnapshotRecord(snapshot, Date.now()));
}

/** Printing (or saving as PDF) hands in a report too, so it joins the history. */
export async function recordPrinted(snapshot: Snapshot): Promise<void> {
  await recordSnapshot(getDb(), toSnapshotRecord(snapshot, Date.now()));
}
