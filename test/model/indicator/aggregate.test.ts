import { describe, expect, it } from 'vitest';
import { aggregateInput, aggregateInputs } from '../../../lib/model/indicator/aggregate';
import { entry, healthManagement } from '../../indicators/fixtures';

// Deliberately unsorted, with a month after the asOf used below and a null.
const entries = [
  entry('2024-03', { x: 20, p: null, m: null }),
  entry('2023-11', { x: 5, m: 900 }),
  entry('2024-04', { x: 100, p: 1300, m: 80 }),
  entry('2024-01', { x: 10 }),
  entry('2023-06', { p: 1000 }),
  entry('2023-12', { x: 7 }),
  entry('2024-02', { p: 1100, m: 50 }),
];

describe('flow: sum of January..asOf of the same year', () => {
  it('adds the months of the year up to asOf; a missing month adds nothing', () => {
    expect(aggregateInput(entries, 'x', 'flow', '2024-03')).toBe(30); // 10 + (Feb missing) + 20
    expect(aggregateInput(entries, 'x', 'flow', '2024-02')).toBe(10);
  });

  it('restarts in January and ignores months after asOf', () => {
    expect(aggregateInput(entries, 'x', 'flow', '2024-01')).toBe(10); // not 5 + 7 + 10
    expect(aggregateInput(entries, 'x', 'flow', '2023-12')).toBe(12); // 5 + 7, not the 2024 months
    expect(aggregateInput(entries, 'x', 'flow', '2024-04')).toBe(130);
  });

  it('is missing when no month of the window has a value', () => {
    expect(aggregateInput(entries, 'x', 'flow', '2025-06')).toBeNull();
    expect(aggregateInput(entries, 'x', 'flow', '2023-10')).toBeNull();
  });

  it('sums decimals exactly (0.1 + 0.2 万元 is 0.3)', () => {
    expect(aggregateInput([entry('2024-01', { x: 0.1 }), entry('2024-02', { x: 0.2 })], 'x', 'flow', '2024-02')).toBe(
      0.3,
    );
  });
});

describe('stock: latest value at or before asOf, any year', () => {
  it('carries over into a new year', () => {
    expect(aggregateInput(entries, 'p', 'stock', '2024-01')).toBe(1000); // from 2023-06
  });

  it('skips null months and months after asOf', () => {
    expect(aggregateInput(entries, 'p', 'stock', '2024-03')).toBe(1100); // Mar is null, Apr is later
  });

  it('is missing before the first value', () => {
    expect(aggregateInput(entries, 'p', 'stock', '2023-05')).toBeNull();
  });
});

describe('ytd-cumulative: latest value within asOf’s year', () => {
  it('does not carry over into a new year', () => {
    expect(aggregateInput(entries, 'm', 'ytd-cumulative', '2023-12')).toBe(900);
    expect(aggregateInput(entries, 'm', 'ytd-cumulative', '2024-01')).toBeNull();
  });

  it('takes the latest non-null month of the year, not a sum', () => {
    expect(aggregateInput(entries, 'm', 'ytd-cumulative', '2024-03')).toBe(50);
    expect(aggregateInput(entries, 'm', 'ytd-cumulative', '2024-04')).toBe(80);
  });
});

describe('aggregateInputs', () => {
  it('aggregates every input by its own kind', () => {
    const data = [
      entry('2019-06', { population: 2000 }),
      entry('2020-11', { managed: 1500 }),
      entry('2020-12', { managed: 1800 }),
    ];
    expect(aggregateInputs(healthManagement, data, '2020-12')).toEqual({ managed: 1800, population: 2000 });
    expect(aggregateInputs(healthManagement, data, '2021-01')).toEqual({ managed: null, population: 2000 });
  });

  it('lets a later entry for the same month win', () => {
    const data = [entry('2024-01', { x: 10 }), entry('2024-01', { x: 12 })];
    expect(aggregateInput(data, 'x', 'flow', '2024-01')).toBe(12);
  });

  it('rejects a malformed month instead of misplacing it', () => {
    expect(() => aggregateInput([entry('2024-1', { x: 1 })], 'x', 'flow', '2024-01')).toThrow(RangeError);
    expect(() => aggregateInput([], 'x', 'flow', '2024-13')).toThrow(RangeError);
  });
});
