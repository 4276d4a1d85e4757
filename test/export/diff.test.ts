import { describe, expect, it } from 'vitest';
import { diffSnapshots } from '../../lib/export/diff';

const rec = (done: string[], overdue: string[], indicators: Array<[string, number | null, string]>) => ({
  doneTaskIds: done,
  overdueTaskIds: overdue,
  indicators: indicators.map(([id, value, status]) => ({ id, unitId: 'county', value, status })),
});

describe('what changed since the last export', () => {
  it('reports nothing on the first export', () => {
    expect(diffSnapshots(null, rec(['a'], ['b'], [['x', 1, 'met']]))).toEqual({
      newlyDone: [],
      newlyOverdue: [],
      moved: [],
    });
  });

  it('lists tasks newly done and newly overdue', () => {
    const d = diffSnapshots(rec(['a'], ['b', 'c'], []), rec(['a', 'c'], ['b', 'd'], []));
    expect(d.newlyDone).toEqual(['c']);
    expect(d.newlyOverdue).toEqual(['d']);
  });

  it('lists indicators whose value or status moved, not those that stayed or are new', () => {
    const d = diffSnapshots(
      rec(
        [],
        [],
        [
          ['same', 40, 'unmet'],
          ['up', 40, 'unmet'],
          ['filled', null, 'no-data'],
        ],
      ),
      rec(
        [],
        [],
        [
          ['same', 40.000000000001, 'unmet'],
          ['up', 52, 'met'],
          ['filled', 10, 'unmet'],
          ['new', 5, 'unmet'],
        ],
      ),
    );
    expect(d.moved.map((m) => [m.id, m.from, m.to, m.statusTo])).toEqual([
      ['up', 40, 52, 'met'],
      ['filled', null, 10, 'unmet'],
    ]);
  });
});
