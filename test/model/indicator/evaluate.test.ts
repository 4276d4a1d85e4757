import { describe, expect, it } from 'vitest';
import { evaluateIndicator, targetFor } from '../../../lib/model/indicator/evaluate';
import { indicatorDef } from '../../../lib/model/indicator/schema';
import {
  consultationFee,
  entry,
  healthManagement,
  personnelShare,
  revenueShare,
  signingCoverage,
} from '../../indicators/fixtures';

const share = (personnel: number) =>
  evaluateIndicator(personnelShare, [entry('2021-06', { personnel, business: 1000 })], { asOf: '2021-06' });
const signing = (signed: number | null, population: number | null) => [entry('2018-06', { signed, population })];

describe('signing coverage: signed / population × 100 (stocks)', () => {
  it('computes the rate, the gap in percentage points and the people still to sign', () => {
    // 700 / 2200 = 31.8181…%; target ≥50 by 2018-12: 50% of 2200 = 1100, so 400 more.
    const r = evaluateIndicator(signingCoverage, signing(700, 2200), { asOf: '2018-06' });
    expect(r.value).toBeCloseTo(31.818181818, 8);
    expect(r.status).toBe('unmet');
    expect(r.gap).toBeCloseTo(-18.181818182, 8);
    expect(r.needed).toBe(400);
  });

  it('needs 70 more, not 71, at 700 of 2200 against 35% (35% of 2200 is 770)', () => {
    const r = evaluateIndicator(signingCoverage, signing(700, 2200), {
      asOf: '2018-06',
      target: { op: '>=', value: 35 },
    });
    expect(r.needed).toBe(70);
    expect(r.gap).toBeCloseTo(-3.181818182, 8);
  });

  it('is met exactly on the bound: 770 / 2200 at ≥35', () => {
    const r = evaluateIndicator(signingCoverage, signing(770, 2200), {
      asOf: '2018-06',
      target: { op: '>=', value: 35 },
    });
    expect(r).toEqual({ value: 35, status: 'met', gap: 0, needed: null });
  });

  it('rounds a fractional requirement up: 35% of 2201 is 770.35, so 771 − 700 = 71', () => {
    const r = evaluateIndicator(signingCoverage, signing(700, 2201), {
      asOf: '2018-06',
      target: { op: '>=', value: 35 },
    });
    expect(r.needed).toBe(71);
  });

  it('computes needed exactly where floats are off: 20.1% of 3000 is 603, so 103 more from 500', () => {
    expect(Math.ceil((20.1 * 3000) / 100 - 500)).toBe(104); // the naive float answer
    const r = evaluateIndicator(signingCoverage, signing(500, 3000), {
      asOf: '2018-06',
      target: { op: '>=', value: 20.1 },
    });
    expect(r.needed).toBe(103);
  });

  it('needs at least 1 when a whole number short by a fraction: 769 / 2200 at ≥35', () => {
    const r = evaluateIndicator(signingCoverage, signing(769, 2200), {
      asOf: '2018-06',
      target: { op: '>=', value: 35 },
    });
    expect(r.status).toBe('unmet');
    expect(r.needed).toBe(1);
  });

  it('has no data with a zero or missing population, or missing signed count', () => {
    const none = { value: null, status: 'no-data', gap: null, needed: null };
    expect(evaluateIndicator(signingCoverage, signing(0, 0), { asOf: '2018-06' })).toEqual({
      ...none,
      reason: 'zero-denominator',
    });
    expect(evaluateIndicator(signingCoverage, signing(700, null), { asOf: '2018-06' })).toEqual(none);
    expect(evaluateIndicator(signingCoverage, signing(null, 2200), { asOf: '2018-06' })).toEqual(none);
    expect(evaluateIndicator(signingCoverage, [], { asOf: '2018-06' })).toEqual(none);
  });

  it('ignores entries after asOf', () => {
    const data = [
      entry('2018-03', { signed: 500, population: 1000 }),
      entry('2018-09', { signed: 900, population: 1000 }),
    ];
    expect(evaluateIndicator(signingCoverage, data, { asOf: '2018-06' }).value).toBe(50);
  });
});

describe('medical service revenue share: (medical − drug − material − exam − lab) / medical × 100 (flows)', () => {
  const months = [
    entry('2020-12', {
      medicalRevenue: 9000,
      drugRevenue: 100,
      materialRevenue: 100,
      examRevenue: 100,
      labRevenue: 100,
    }),
    entry('2021-01', { medicalRevenue: 400, drugRevenue: 130, materialRevenue: 60, examRevenue: 50, labRevenue: 30 }),
    entry('2021-02', { medicalRevenue: 600, drugRevenue: 170, materialRevenue: 90, examRevenue: 70, labRevenue: 50 }),
  ];

  it('uses January only in January (flows reset), not December of the year before', () => {
    // (400 − 130 − 60 − 50 − 30) / 400 = 130 / 400 = 32.5%; 35% of 400 = 140, so 10 万元 more.
    expect(evaluateIndicator(revenueShare, months, { asOf: '2021-01' })).toEqual({
      value: 32.5,
      status: 'unmet',
      gap: -2.5,
      needed: 10,
    });
  });

  it('sums January..February: (1000 − 300 − 150 − 120 − 80) / 1000 = 35% is met', () => {
    const r = evaluateIndicator(revenueShare, months, { asOf: '2021-02' });
    expect(r.value).toBeCloseTo(35, 10);
    expect(r.status).toBe('met');
    expect(r.needed).toBeNull();
  });

  it('is met when float division lands a hair below the bound: 9.45 / 27 at ≥35', () => {
    expect((9.45 * 100) / 27).toBeLessThan(35); // 34.99999999999999
    const data = [
      entry('2021-03', { medicalRevenue: 27, drugRevenue: 10, materialRevenue: 4, examRevenue: 2.55, labRevenue: 1 }),
    ];
    const r = evaluateIndicator(revenueShare, data, { asOf: '2021-03' });
    expect(r.status).toBe('met');
    expect(r.gap).toBe(0);
  });

  it('counts a part missing in one month as nothing, but has no data if missing all year', () => {
    const partial = [
      entry('2021-01', { medicalRevenue: 400, drugRevenue: 130, materialRevenue: 60, examRevenue: 50, labRevenue: 30 }),
      entry('2021-02', { medicalRevenue: 600, drugRevenue: 170, materialRevenue: 90, examRevenue: 70 }),
    ];
    // (1000 − 300 − 150 − 120 − 30) / 1000 = 40%
    expect(evaluateIndicator(revenueShare, partial, { asOf: '2021-02' }).value).toBeCloseTo(40, 10);
    const noLab = partial.map((e) => entry(e.month, { ...e.values, labRevenue: null }));
    expect(evaluateIndicator(revenueShare, noLab, { asOf: '2021-02' }).status).toBe('no-data');
  });

  it('has no data with zero medical revenue', () => {
    const zero = [
      entry('2021-01', { medicalRevenue: 0, drugRevenue: 0, materialRevenue: 0, examRevenue: 0, labRevenue: 0 }),
    ];
    expect(evaluateIndicator(revenueShare, zero, { asOf: '2021-01' }).status).toBe('no-data');
  });
});

describe('health management rate: managed (ytd-cumulative) / population (stock)', () => {
  const data = [
    entry('2019-06', { population: 2000 }),
    entry('2020-12', { managed: 1800 }),
    entry('2021-02', { managed: 200 }),
  ];

  it('uses the latest count of the year over the population carried from an earlier year', () => {
    expect(evaluateIndicator(healthManagement, data, { asOf: '2020-12' })).toEqual({
      value: 90,
      status: 'met',
      gap: 10,
      needed: null,
    });
  });

  it('does not carry last year’s count into January', () => {
    expect(evaluateIndicator(healthManagement, data, { asOf: '2021-01' }).status).toBe('no-data');
    // 200 / 2000 = 10%; 80% of 2000 = 1600, so 1400 more.
    expect(evaluateIndicator(healthManagement, data, { asOf: '2021-02' })).toEqual({
      value: 10,
      status: 'unmet',
      gap: -70,
      needed: 1400,
    });
  });
});

describe('≤ and between targets', () => {
  it('≤: 13000 元 / 1000 人 = 13 元/人/年 over 11 is unmet by +2, with no "needed"', () => {
    const data = [entry('2022-01', { payment: 6000, ruralPopulation: 1000 }), entry('2022-02', { payment: 7000 })];
    expect(evaluateIndicator(consultationFee, data, { asOf: '2022-02' })).toEqual({
      value: 13,
      status: 'unmet',
      gap: 2,
      needed: null,
    });
    expect(evaluateIndicator(consultationFee, data, { asOf: '2022-01' })).toEqual({
      value: 6,
      status: 'met',
      gap: -5,
      needed: null,
    });
  });

  it('between 35 and 50: both bounds are met with gap 0', () => {
    expect(share(350)).toEqual({ value: 35, status: 'met', gap: 0, needed: null });
    expect(share(500)).toEqual({ value: 50, status: 'met', gap: 0, needed: null });
    expect(share(420)).toEqual({ value: 42, status: 'met', gap: 0, needed: null });
  });

  it('between: the gap is the distance past the nearest bound, signed', () => {
    expect(share(340)).toEqual({ value: 34, status: 'unmet', gap: -1, needed: null });
    expect(share(520)).toEqual({ value: 52, status: 'unmet', gap: 2, needed: null });
  });
});

describe('which target applies', () => {
  const staged = indicatorDef.parse({
    ...signingCoverage,
    targets: [
      { op: '>=', value: 35, by: '2018-12' },
      { op: '>=', value: 25, by: '2017-12' },
    ],
  });

  it('takes the earliest deadline not yet passed, else the last one, whatever the order entered', () => {
    expect(targetFor(staged, '2017-06')).toMatchObject({ value: 25 });
    expect(targetFor(staged, '2017-12')).toMatchObject({ value: 25 });
    expect(targetFor(staged, '2018-01')).toMatchObject({ value: 35 });
    expect(targetFor(staged, '2019-05')).toMatchObject({ value: 35 });
  });

  it('treats a target without a deadline as open-ended, after the dated ones', () => {
    const def = indicatorDef.parse({
      ...signingCoverage,
      targets: [
        { op: '>=', value: 30, by: null },
        { op: '>=', value: 25, by: '2017-12' },
      ],
    });
    expect(targetFor(def, '2017-06')).toMatchObject({ value: 25 });
    expect(targetFor(def, '2018-01')).toMatchObject({ value: 30 });
  });

  it('evaluates against the target in force at asOf, unless one is given', () => {
    const data = [entry('2017-01', { signed: 300, population: 1000 })];
    expect(evaluateIndicator(staged, data, { asOf: '2017-10' }).status).toBe('met'); // 30 ≥ 25
    expect(evaluateIndicator(staged, data, { asOf: '2018-10' }).status).toBe('unmet'); // 30 < 35
    expect(evaluateIndicator(staged, data, { asOf: '2018-10', target: { op: '<=', value: 30 } }).status).toBe('met');
  });
});

describe('count indicator without a denominator', () => {
  const count = indicatorDef.parse({
    id: 'new-medical-alliances',
    name: '新建医联体数',
    unit: '个',
    factor: 1,
    inputs: [{ key: 'alliances', label: '医联体', unit: '个', aggregation: 'stock' }],
    numerator: { plus: ['alliances'] },
    denominator: { plus: [], minus: [] },
    targets: [{ op: '>=', value: 5 }],
  });

  it('is the numerator times the factor, with no "needed"', () => {
    expect(count.denominator).toBeNull();
    expect(evaluateIndicator(count, [entry('2020-01', { alliances: 3 })], { asOf: '2020-05' })).toEqual({
      value: 3,
      status: 'unmet',
      gap: -2,
      needed: null,
    });
  });
});
