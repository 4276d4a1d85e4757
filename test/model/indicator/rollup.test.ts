import { describe, expect, it } from 'vitest';
import { rollupEntries } from '../../../lib/model/indicator/rollup';
import { evaluateIndicator } from '../../../lib/model/indicator/evaluate';
import { entry, healthManagement, revenueShare, signingCoverage } from '../../indicators/fixtures';

describe('rollup: the parent sums inputs, then divides', () => {
  const townA = [entry('2018-06', { signed: 90, population: 100 })]; // 90%
  const townB = [entry('2018-06', { signed: 100, population: 1000 })]; // 10%

  it('gives Σsigned / Σpopulation = 190 / 1100 = 17.27%, not the 50% average of the rates', () => {
    const county = rollupEntries(signingCoverage, [townA, townB]);
    expect(county).toEqual([entry('2018-06', { signed: 190, population: 1100 })]);
    const r = evaluateIndicator(signingCoverage, county, { asOf: '2018-06' });
    expect(r.value).toBeCloseTo(17.272727273, 8);
    const averageOfRates = (90 + 10) / 2;
    expect(r.value).not.toBeCloseTo(averageOfRates, 0);
  });

  it('carries a unit’s latest stock into months it did not report', () => {
    const a = [entry('2018-01', { signed: 90, population: 100 }), entry('2018-03', { signed: 95 })];
    const b = [
      entry('2018-01', { signed: 100, population: 1000 }),
      entry('2018-02', { signed: 150 }),
      entry('2018-03', { signed: 200 }),
    ];
    expect(rollupEntries(signingCoverage, [a, b])).toEqual([
      entry('2018-01', { signed: 190, population: 1100 }),
      entry('2018-02', { signed: 240, population: 1100 }), // A's Jan 90 carried
      entry('2018-03', { signed: 295, population: 1100 }),
    ]);
  });

  it('leaves a stock unknown while some unit has not reported it yet', () => {
    const a = [entry('2018-01', { signed: 90, population: 100 })];
    const b = [entry('2018-02', { signed: 100, population: 1000 })];
    expect(rollupEntries(signingCoverage, [a, b])).toEqual([
      entry('2018-01', { signed: null, population: null }),
      entry('2018-02', { signed: 190, population: 1100 }),
    ]);
  });

  it('adds flows of the same month only; a unit without that month adds nothing', () => {
    const zero = { drugRevenue: 0, materialRevenue: 0, examRevenue: 0, labRevenue: 0 };
    const a = [entry('2021-01', { medicalRevenue: 10.1, ...zero })];
    const b = [entry('2021-01', { medicalRevenue: 0.2 }), entry('2021-02', { medicalRevenue: 5, ...zero })];
    const county = rollupEntries(revenueShare, [a, b]);
    expect(county.map((e) => e.values.medicalRevenue)).toEqual([10.3, 5]); // exact decimal sum, not 10.299999999999999
    expect(county[1].values).toMatchObject({ drugRevenue: 0 }); // B alone in February
    expect(county[0].values).toMatchObject({ drugRevenue: 0 }); // A alone had it in January
  });

  it('carries year-to-date counts within the year only', () => {
    const a = [entry('2020-12', { managed: 50, population: 100 }), entry('2021-01', { managed: 5 })];
    const b = [entry('2020-11', { managed: 40, population: 200 }), entry('2020-12', { managed: 60 })];
    const county = rollupEntries(healthManagement, [a, b]);
    expect(county).toEqual([
      entry('2020-11', { managed: null, population: null }), // A has nothing yet
      entry('2020-12', { managed: 110, population: 300 }),
      entry('2021-01', { managed: null, population: 300 }), // B's 2020 count does not count for 2021
    ]);
  });

  it('leaves out a unit that has no data at all', () => {
    const empty = [entry('2018-01', { signed: null, population: null })];
    expect(rollupEntries(signingCoverage, [townA, empty, []])).toEqual([
      entry('2018-06', { signed: 90, population: 100 }),
    ]);
  });
});
