import { useMemo } from 'preact/hooks';
import { getDb } from '../../db/database';
import { loadExportPage } from '../../db/export-queries';
import { buildSnapshot } from '../../export/snapshot';
import { diffSnapshots } from '../../export/diff';
import { toSnapshotRecord } from '../../export/snapshot';
import { useLiveQuery } from '../use-live-query';

export function useExportSources() {
  return useLiveQuery(() => loadExportPage(getDb()), []);
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
