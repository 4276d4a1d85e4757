import { describe, expect, it } from 'vitest';
import { snapshot, TODAY } from './fixture';
import { toSnapshotRecord } from '../../lib/export/snapshot';

describe('task rows of a snapshot', () => {
  const s = snapshot();
  const status = (id: string) => s.tasks.find((r) => r.id === id)?.status;

  it('gives every task its status as of the day', () => {
    expect(status('done')).toBe('done');
    expect(status('late')).toBe('overdue');
    expect(status('soon')).toBe('due-soon'); // 7 days ahead: inside the window
    expect(status('open')).toBe('open'); // 8 days ahead
    expect(status('undated')).toBe('undated');
  });

  it('dates a recurring duty by its next occurrence', () => {
    const row = s.tasks.find((r) => r.id === 'quarterly')!;
    expect(row.due).toBe('2026-03-31');
    expect(row.status).toBe('open');
  });

  it('widens "due soon" to the checklist badge-days setting', () => {
    const wide = snapshot({ soonDays: 30 });
    expect(wide.tasks.find((r) => r.id === 'quarterly')?.status).toBe('due-soon');
  });

  it('keeps completion dates and notes, in ledger order', () => {
    expect(s.tasks.map((r) => r.id)).toEqual(['done', 'late', 'soon', 'open', 'undated', 'quarterly']);
    expect(s.tasks[0]).toMatchObject({ doneAt: '2026-01-20', notes: '已印发', ledgerTitle: '甲县医改台账' });
  });
});

describe('summaries', () => {
  const s = snapshot();

  it('counts completion rate and overdue tasks per ledger', () => {
    expect(s.byLedger).toEqual([
      { name: '甲县医改台账', total: 2, done: 1, overdue: 1, dueSoon: 0, rate: 0.5 },
      { name: '乙市重点任务', total: 4, done: 0, overdue: 0, dueSoon: 1, rate: 0 },
    ]);
    expect(s.total).toMatchObject({ total: 6, done: 1, overdue: 1 });
  });

  it('counts a jointly led task for each lead department, most overdue (then largest) first', () => {
    expect(s.byDepartment.map((d) => [d.name, d.total, d.overdue])).toEqual([
      ['卫健局', 5, 1],
      ['医保局', 2, 1],
    ]);
  });
});

describe('indicator rows', () => {
  it('evaluates a parent unit from the sum of its children, with the change since last month', () => {
    const [row] = snapshot().indicators;
    // February: (600+500)/(2000) = 55%; January: 400/2000 = 20%.
    expect(row).toMatchObject({
      unitName: '某县',
      month: '2026-02',
      value: 55,
      status: 'met',
      gap: 5,
      target: '≥ 50%',
    });
    expect(row.vsPrevMonth).toBeCloseTo(35, 9);
    expect(row.vsLastSnapshot).toBeNull();
  });

  it('compares with the value recorded by the last export', () => {
    const last = { indicators: [{ id: 'signing-coverage', unitId: 'county', value: 50, status: 'met' }] };
    expect(snapshot({ last }).indicators[0].vsLastSnapshot).toBeCloseTo(5, 9);
  });

  it('reports no data, not zero, for a unit without figures', () => {
    const [row] = snapshot({ month: '2025-12' }).indicators;
    expect(row).toMatchObject({ value: null, status: 'no-data', gap: null, vsPrevMonth: null });
  });

  it('lists the monthly series from the first month with figures', () => {
    expect(snapshot().monthly.map((m) => [m.month, m.value])).toEqual([
      ['2026-01', 20],
      ['2026-02', 55],
    ]);
  });

  it('carries the raw figures behind each month (numerator and denominator, summed up the unit tree)', () => {
    expect(snapshot().monthly.map((m) => [m.unitName, m.month, m.figures])).toEqual([
      [
        '某县',
        '2026-01',
        [
          { label: '签约人数', value: 400 },
          { label: '常住人口', value: 2000 },
        ],
      ],
      [
        '某县',
        '2026-02',
        [
          { label: '签约人数', value: 1100 },
          { label: '常住人口', value: 2000 },
        ],
      ],
    ]);
  });
});

describe('snapshot record', () => {
  it('keeps counts, done and overdue ids and indicator values', () => {
    const record = toSnapshotRecord(snapshot(), 1000);
    expect(record).toMatchObject({
      at: 1000,
      asOf: TODAY,
      counts: { total: 6, done: 1, overdue: 1, 'due-soon': 1, open: 2, undated: 1 },
      doneTaskIds: ['done'],
      overdueTaskIds: ['late'],
      indicators: [{ id: 'signing-coverage', unitId: 'county', value: 55, status: 'met' }],
    });
  });
});
