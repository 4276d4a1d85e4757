import { describe, expect, it } from 'vitest';
import { BUCKETS, type BucketId } from '../../lib/model/due-status';
import { packFirstView, unpackFirstView, type FirstView } from '../../lib/checklist/first-paint';
import { groupRows } from '../../lib/checklist/sections';
import { DEFAULT_FILTERS } from '../../lib/checklist/settings';
import { makeTask } from './task-fixture';

const today = '2025-03-31';
const limitsOf = (n: number, done = 0) =>
  ({ ...Object.fromEntries(BUCKETS.map((id) => [id, n])), done }) as Record<BucketId, number>;

function view(): FirstView {
  const tasks = [
    ...Array.from({ length: 5 }, (_, i) => makeTask({ due: `2025-03-0${i + 1}`, title: `逾期${i}` })),
    makeTask({ due: '2025-04-02', title: '<b>本周</b>' }),
    makeTask({ due: '2025-01-01', done: 1, doneAt: '2025-03-30' }),
  ];
  return {
    filters: { ...DEFAULT_FILTERS, departments: ['卫健局'] },
    sections: groupRows(tasks, today, limitsOf(10, 10)),
    ledgerTitles: new Map([['ledger-a', '固原市综合医改台账']]),
    pending: ['undated'],
  };
}

describe('first-paint snapshot of the checklist', () => {
  it('gives back the same rows, filters, ledger titles and pending sections on the same day', () => {
    const original = view();
    const back = unpackFirstView(packFirstView(original, today, limitsOf(10, 10)), today);
    expect(back).toEqual(original);
    expect(back?.ledgerTitles.get('ledger-a')).toBe('固原市综合医改台账');
  });

  it('keeps only the rows of the first screen (and none of the collapsed 已完成)', () => {
    const back = unpackFirstView(packFirstView(view(), today, limitsOf(3)), today)!;
    expect(back.sections.overdue.rows.map((r) => r.task.title)).toEqual(['逾期4', '逾期3', '逾期2']);
    expect(back.sections.overdue.count).toBe(5);
    expect(back.sections.done.rows).toEqual([]);
  });

  it('is not used on another day, where its sections and "还剩 N 天" would be wrong', () => {
    const text = packFirstView(view(), today, limitsOf(10));
    expect(unpackFirstView(text, '2025-04-01')).toBeNull();
  });

  it('ignores what is not a snapshot of this version', () => {
    const text = packFirstView(view(), today, limitsOf(10));
    for (const junk of [
      null,
      '',
      '{',
      'null',
      '[]',
      '{"v":1}',
      text.replace('"v":1', '"v":2'),
      text.replace('"rows":[', '"rows":{"x":['),
    ]) {
      expect(unpackFirstView(junk, today)).toBeNull();
    }
  });
});
