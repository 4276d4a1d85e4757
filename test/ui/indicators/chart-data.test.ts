import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../../lib/indicators/catalog';
import { chartRange, indicatorChartData } from '../../../lib/ui/indicators/chart-data';

const signing = getIndicator('signing-coverage')!;
const personnel = getIndicator('personnel-expenditure-share')!;

describe('indicatorChartData', () => {
  const entries = [
    { month: '2018-10', values: { signed: 1000, population: 2200 } },
    { month: '2018-12', values: { signed: 1100, population: 2200 } },
  ];

  it('gives one point per month with the value, the target line and met/unmet per point', () => {
    const data = indicatorChartData(signing, entries, { fromYear: 2018, toYear: 2018, until: '2018-12' });
    expect(data.labels).toEqual([
      '2018-01',
      '2018-02',
      '2018-03',
      '2018-04',
      '2018-05',
      '2018-06',
      '2018-07',
      '2018-08',
      '2018-09',
      '2018-10',
      '2018-11',
      '2018-12',
    ]);
    expect(data.values.slice(8)).toEqual([null, 45.45, 45.45, 50]);
    expect(data.status.slice(8)).toEqual([null, 'unmet', 'unmet', 'met']);
    expect(data.targetLines).toEqual([{ label: '目标值', values: Array(12).fill(50) }]);
    expect(data).toMatchObject({ title: '家庭医生签约覆盖率', unit: '%' });
  });

  it('uses a changed target when one is given', () => {
    const data = indicatorChartData(
      signing,
      entries,
      { fromYear: 2018, toYear: 2018, until: '2018-12' },
      { op: '>=', value: 45 },
    );
    expect(data.status.slice(9)).toEqual(['met', 'met', 'met']);
    expect(data.targetLines[0].values[0]).toBe(45);
  });

  it('draws a band target as two lines and colours points outside it as unmet', () => {
    const flows = [
      { month: '2021-01', values: { personnelExpenditure: 30, businessExpenditure: 100 } },
      { month: '2021-02', values: { personnelExpenditure: 50, businessExpenditure: 100 } },
    ];
    const data = indicatorChartData(personnel, flows, { fromYear: 2021, toYear: 2021, until: '2021-02' });
    expect(data.targetLines.map((l) => [l.label, l.values])).toEqual([
      ['目标下限', [35, 35]],
      ['目标上限', [50, 50]],
    ]);
    // Flows are year-to-date: February is (30+50)/(100+100) = 40 %.
    expect(data.values).toEqual([30, 40]);
    expect(data.status).toEqual(['unmet', 'met']);
  });

  it('chartRange runs from the first year with figures to the month asked', () => {
    expect(chartRange(entries, '2019-03')).toEqual({ fromYear: 2018, toYear: 2019, until: '2019-03' });
    expect(chartRange([], '2019-03')).toEqual({ fromYear: 2019, toYear: 2019, until: '2019-03' });
  });
});
