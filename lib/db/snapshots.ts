import type { ReformDb } from './database';
import { snapshotRecord, type SnapshotRecord } from '../model/records';

/** The export history: one record per export, newest last. */

export async function recordSnapshot(db: ReformDb, record: SnapshotRecord): Promise<number> {
  const { id: _ignored, ...rest } = snapshotRecord.parse(record);
  return (await db.snapshots.add(rest)) as number;
}

/** The latest export, or null; a stored record that no longer fits the schema is skipped. */
export async function lastSnapshot(db: ReformDb): Promise<SnapshotRecord | null> {
  // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse, not Array#reverse
  const recent = await db.snapshots.orderBy('at').reverse().limit(20).toArray();
  for (const row of recent) {
    const parsed = snapshotRecord.safeParse(row);
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function countSnapshots(db: ReformDb): Promise<number> {
  return db.snapshots.count();
}
