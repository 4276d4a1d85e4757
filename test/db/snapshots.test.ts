import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/database';
import { countSnapshots, lastSnapshot, recordSnapshot } from '../../lib/db/snapshots';
import type { SnapshotRecord } from '../../lib/model/records';

const record = (at: number, asOf: string): SnapshotRecord => ({
  at,
  asOf,
  counts: { total: 2, done: 1 },
  doneTaskIds: ['a'],
  overdueTaskIds: [],
  indicators: [{ id: 'signing-coverage', unitId: 'county', value: 42.5, status: 'unmet' }],
});

let n = 0;
const fresh = () => openDb(`snapshots-test-${++n}`);

describe('export history', () => {
  it('returns null before the first export', async () => {
    expect(await lastSnapshot(fresh())).toBeNull();
  });

  it('keeps every export and returns the latest by time', async () => {
    const db = fresh();
    await recordSnapshot(db, record(2000, '2026-03-02'));
    await recordSnapshot(db, record(1000, '2026-03-01'));
    expect(await countSnapshots(db)).toBe(2);
    expect(await lastSnapshot(db)).toMatchObject({ at: 2000, asOf: '2026-03-02', indicators: [{ value: 42.5 }] });
  });

  it('refuses a malformed record and skips a corrupt stored one', async () => {
    const db = fresh();
    await expect(recordSnapshot(db, { ...record(1, '2026-3-1') })).rejects.toThrow();
    await recordSnapshot(db, record(1000, '2026-03-01'));
    await db.snapshots.add({ at: 5000, asOf: 'bad' } as unknown as SnapshotRecord);
    expect((await lastSnapshot(db))?.at).toBe(1000);
  });
});
