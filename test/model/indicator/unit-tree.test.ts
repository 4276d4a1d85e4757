import { describe, expect, it } from 'vitest';
import type { FigureRecord, UnitRecord } from '../../../lib/model/records';
import { getIndicator } from '../../../lib/indicators/catalog';
import { evaluateIndicator } from '../../../lib/model/indicator/evaluate';
import { subtreeIds, unitEntries, unitTree } from '../../../lib/model/indicator/unit-tree';

const unit = (id: string, parentId: string | null, createdAt: number): UnitRecord => ({
  id,
  name: id,
  parentId,
  createdAt,
});
const fig = (unitId: string, month: string, values: Record<string, number | null>): FigureRecord => ({
  id: `${unitId}|${month}`,
  unitId,
  month,
  values,
  history: [],
  updatedAt: 0,
});
const units = [
  unit('county', null, 1),
  unit('a', 'county', 2),
  unit('b', 'county', 3),
  unit('alliance', 'county', 4),
  unit('c', 'alliance', 5),
];
const signing = getIndicator('signing-coverage')!;

describe('units as a tree', () => {
  it('lists parents before children with their depth', () => {
    expect(unitTree(units).map((r) => `${'-'.repeat(r.depth)}${r.unit.id}${r.hasChildren ? '+' : ''}`)).toEqual([
      'county+',
      '-a',
      '-b',
      '-alliance+',
      '--c',
    ]);
    expect(subtreeIds(units, 'alliance')).toEqual(['alliance', 'c']);
  });

  it('a parent sums each input over its children, then divides (Σ/Σ), including nested children', () => {
    const figures = [
      fig('a', '2025-02', { signed: 700, population: 2200 }),
      fig('b', '2025-02', { signed: 1300, population: 1800 }),
      fig('c', '2025-02', { signed: 500, population: 1000 }),
      // The parent's own figures are not added on top of its children's.
      fig('county', '2025-02', { signed: 99999, population: 1 }),
    ];
    const entries = unitEntries(signing, 'county', units, figures);
    expect(entries).toEqual([{ month: '2025-02', values: { signed: 2500, population: 5000 } }]);
    // Σ/Σ = 2500/5000 = 50 %; the mean of the three rates (31.82, 72.22, 50) would be 51.35 %.
    expect(evaluateIndicator(signing, entries, { asOf: '2025-02' })).toMatchObject({ value: 50, status: 'met' });
    expect(unitEntries(signing, 'a', units, figures)).toEqual([
      { month: '2025-02', values: { signed: 700, population: 2200 } },
    ]);
  });
});
