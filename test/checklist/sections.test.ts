import { describe, expect, it } from 'vitest';
import { BUCKETS, type BucketId } from '../../lib/model/due-status';
import { addRows, groupRows, toRow } from '../../lib/checklist/sections';
import { makeTask } from './task-fixture';

const limitsOf = (n: number) => Object.fromEntries(BUCKETS.map((id) => [id, n])) as Record<BucketId, number>;
const ids = (rows: { task: { id: string } }[]) => rows.map((r) => r.task.id);

describe('groupRows', () => {
  const today = '2024-12-30';
  const late = makeTask({ due: '2024-12-01' });
  const later = makeTask({ due: '2025-03-01' });
  const soonB = makeTask({ due: '2025-01-02' });
  const soonA = makeTask({ due: '2024-12-31' });
  const open = makeTask({ due: '' });
  const doneOld = makeTask({ due: '2024-01-01', done: 1, doneAt: '2024-12-01' });
  const doneNew = makeTask({ due: '2024-12-31', done: 1, doneAt: '2024-12-29' });

  it('counts every section and sorts by due date, done by when it was done', () => {
    const s = groupRows([late, later, soonB, soonA, open, doneOld, doneNew], today, limitsOf(10));
    expect(Object.fromEntries(BUCKETS.map((id) => [id, s[id].count]))).toEqual({
      overdue: 1,
      week: 2,
      month: 0,
      later: 1,
      undated: 1,
      done: 2,
    });
    expect(ids(s.week.rows)).toEqual([soonA.id, soonB.id]);
    expect(ids(s.done.rows)).toEqual([doneNew.id, doneOld.id]);
  });

  it('lists the most recently overdue first', () => {
    const s = groupRows(
      [makeTask({ due: '2016-12-31' }), makeTask({ due: '2024-12-29' }), makeTask({ due: '2021-06-30' })],
      today,
      limitsOf(2),
    );
    expect(s.overdue.rows.map((r) => r.due)).toEqual(['2024-12-29', '2021-06-30']);
  });

  it('keeps counts whole when rows are cut to the limit', () => {
    const s = groupRows([soonB, soonA, makeTask({ due: '2025-01-01' })], today, limitsOf(2));
    expect(s.week.count).toBe(3);
    expect(s.week.rows.map((r) => r.due)).toEqual(['2024-12-31', '2025-01-01']);
  });
});

describe('addRows', () => {
  it('merges extra rows into loaded first rows in due order and re-cuts to the limit', () => {
    const today = '2024-12-30';
    const base = groupRows([makeTask({ due: '2024-12-31' }), makeTask({ due: '2025-01-03' })], today, limitsOf(2));
    const extra = toRow(makeTask({ due: '2025-01-01' }), today);
    const merged = addRows(base, [extra], today, limitsOf(2));
    expect(merged.week.count).toBe(3);
    expect(merged.week.rows.map((r) => r.due)).toEqual(['2024-12-31', '2025-01-01']);
    expect(base.week.count).toBe(2);
  });
});
