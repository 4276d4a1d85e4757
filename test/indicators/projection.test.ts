import { describe, expect, it } from 'vitest';
import { indicatorSeries } from '../../lib/model/indicator/series';
import { projectIndicator } from '../../lib/indicators/projection';
import { leastSquares } from '../../lib/indicators/trend';
import { indicatorDef } from '../../lib/model/indicator/schema';
import { entry, revenueShare, signingCoverage } from './fixtures';

/** Signed counts over a population of 1000, one per month from January 2018: rate = signed / 10 %. */
const monthly = (signed: number[], year = 2018) =>
  signed.map((s, i) => entry(`${year}-${String(i + 1).padStart(2, '0')}`, { signed: s, population: 1000 }));

describe('indicatorSeries', () => {
  it('evaluates each month of the year range, null before the data and stocks carried after', () => {
    const points = indicatorSeries(signingCoverage, [entry('2018-03', { signed: 300, population: 1000 })], {
      fromYear: 2018,
      toYear: 2018,
    });
    expect(points).toHaveLength(12);
    expect(points.slice(0, 4)).toEqual([
      { month: '2018-01', value: null },
      { month: '2018-02', value: null },
      { month: '2018-03', value: 30 },
      { month: '2018-04', value: 30 },
    ]);
  });

  it('stops at `until` and gives flows year to date', () => {
    const zero = { materialRevenue: 0, examRevenue: 0, labRevenue: 0 };
    const data = [
      entry('2020-12', { medicalRevenue: 100, drugRevenue: 10, ...zero }),
      entry('2021-01', { medicalRevenue: 100, drugRevenue: 70, ...zero }),
      entry('2021-02', { medicalRevenue: 100, drugRevenue: 50, ...zero }),
    ];
    const points = indicatorSeries(revenueShare, data, { fromYear: 2020, toYear: 2021, until: '2021-02' });
    expect(points).toHaveLength(14);
    // Dec 2020: 90/100; Jan 2021: 30/100 (reset); Feb 2021: (200 − 120)/200 = 40%.
    expect(points.slice(-3).map((p) => p.value)).toEqual([90, 30, 40]);
  });
});

describe('leastSquares', () => {
  it('fits the line by hand: x −5..0, y 10 20 30 32 34 36 → slope 87 / 17.5', () => {
    const fit = leastSquares([10, 20, 30, 32, 34, 36].map((y, i) => ({ x: i - 5, y })));
    expect(fit!.slope).toBeCloseTo(4.971428571, 8);
    expect(fit!.intercept).toBeCloseTo(27 + 2.5 * 4.971428571, 6);
    expect(leastSquares([{ x: 0, y: 1 }])).toBeNull();
  });
});

describe('projectIndicator', () => {
  it('30, 32, 34, 36% by April at +2 points a month reaches 50% in November 2018, before the December deadline', () => {
    expect(projectIndicator(signingCoverage, monthly([300, 320, 340, 360]), { asOf: '2018-04' })).toEqual({
      reachable: true,
      month: '2018-11', // 36 + 7 × 2 = 50
      slopePerMonth: expect.closeTo(2, 10),
      projectedAtDeadline: expect.closeTo(52, 10), // 36 + 8 × 2
      metMonth: '2018-11',
      fitted: { from: '2018-01', to: '2018-04', months: 4 },
    });
  });

  it('at +1 a month it reaches only 41% by December: not reachable', () => {
    expect(projectIndicator(signingCoverage, monthly([300, 310, 320, 330]), { asOf: '2018-04' })).toEqual({
      reachable: false,
      month: null,
      slopePerMonth: expect.closeTo(1, 10),
      projectedAtDeadline: expect.closeTo(41, 10),
      // 33 + 17 × 1 = 50: met in September 2019, nine months after the deadline.
      metMonth: '2019-09',
      fitted: { from: '2018-01', to: '2018-04', months: 4 },
    });
  });

  it('fits over the last twelve months only, and says which', () => {
    // Two years of data: 2017 flat at 10%, 2018 rising 2 points a month from 30%.
    const data = [
      ...monthly(Array(12).fill(100), 2017),
      ...monthly([300, 320, 340, 360, 380, 400, 420, 440, 460, 480, 500, 520], 2018),
    ];
    const r = projectIndicator(signingCoverage, data.slice(0, 12 + 6), { asOf: '2018-06', by: '2018-12' });
    expect(r.fitted).toEqual({ from: '2017-07', to: '2018-06', months: 12 });
  });

  it('uses the given deadline, or none at all', () => {
    const data = monthly([300, 310, 320, 330]);
    // 33 + 17 = 50 in September 2019.
    expect(projectIndicator(signingCoverage, data, { asOf: '2018-04', by: '2019-06' })).toMatchObject({
      reachable: false,
      month: null,
    });
    expect(projectIndicator(signingCoverage, data, { asOf: '2018-04', by: '2019-09' })).toMatchObject({
      reachable: true,
      month: '2019-09',
    });
    expect(projectIndicator(signingCoverage, data, { asOf: '2018-04', by: null })).toMatchObject({
      reachable: true,
      month: '2019-09',
      projectedAtDeadline: null,
    });
  });

  it('uses a given target: 40% is reached in November 2018 at +1 a month', () => {
    const r = projectIndicator(signingCoverage, monthly([300, 310, 320, 330]), {
      asOf: '2018-04',
      target: { op: '>=', value: 40 },
    });
    expect(r).toMatchObject({ reachable: true, month: '2018-11' });
  });

  it('reports asOf when already met', () => {
    expect(projectIndicator(signingCoverage, monthly([500, 550]), { asOf: '2018-02' })).toMatchObject({
      reachable: true,
      month: '2018-02',
    });
    // 40, 40, 40, 51%: the fitted line is at 47.7% in April, but the actual 51% already meets 50%.
    const r = projectIndicator(signingCoverage, monthly([400, 400, 400, 510]), { asOf: '2018-04' });
    expect(r).toMatchObject({ reachable: true, month: '2018-04', slopePerMonth: expect.closeTo(3.3, 10) });
  });

  it('cannot project from a single point', () => {
    expect(projectIndicator(signingCoverage, monthly([300]), { asOf: '2018-01' })).toEqual({
      reachable: false,
      month: null,
      slopePerMonth: null,
      projectedAtDeadline: null,
      metMonth: null,
      fitted: null,
    });
  });

  it('projects a falling indicator against a ≤ target', () => {
    const waiting = indicatorDef.parse({
      ...signingCoverage,
      id: 'waiting-share',
      targets: [{ op: '<=', value: 20, by: '2018-12' }],
    });
    // 30, 28, 26% → 20% three months after March.
    expect(projectIndicator(waiting, monthly([300, 280, 260]), { asOf: '2018-03' })).toMatchObject({
      reachable: true,
      month: '2018-06',
      slopePerMonth: expect.closeTo(-2, 10),
    });
  });

  it('fits only the window ending at asOf', () => {
    const data = monthly([100, 200, 300, 320, 340, 360]);
    expect(projectIndicator(signingCoverage, data, { asOf: '2018-06' }).slopePerMonth).toBeCloseTo(4.971428571, 8);
    expect(projectIndicator(signingCoverage, data, { asOf: '2018-06', windowMonths: 3 }).slopePerMonth).toBeCloseTo(
      2,
      10,
    );
  });
});
