import { useMemo } from 'preact/hooks';
import { getDb } from '../../db/database';
import { latestFigureMonth, loadExportSources } from '../../db/export-queries';
import { countSnapshots, lastSnapshot } from '../../db/snapshots';
import { buildSnapshot } from '../../export/snapshot';
import { diffSnapshots } from '../../export/diff';
import { toSnapshotRecord } from '../../export/snapshot';
import { useLiveQuery } from '../use-live-query';

export function useExportSources() {
  return useLiveQuery(async () => {
    const db = getDb();
    const [sources, last, exports, latestMonth] = await Promise.all([
      loadExportSources(db),
      lastSnapshot(db),
      countSnapshots(db),
      latestFigureMonth(db),
    ]);
    return { sources, last, exports, latestMonth };
  }, []);
}

export type ExportData = NonNullable<ReturnType<typeof useExportSources>>;

/** The snapshot as of today for the chosen units and month, and what changed since the last export. */
export function useSnapshot(data: ExportData | undefined, unitIds: readonly string[], month: string, today: string) {
  return useMemo(() => {
    if (!data) return undefined;
    const snapshot = buildSnapshot({ ...data.sources, unitIds, month, today, last: data.last });
    const diff = diffSnapshots(data.last, toSnapshotRecord(snapshot, 0));
    return { snapshot, diff };
  }, [data, unitIds, month, today]);
}
