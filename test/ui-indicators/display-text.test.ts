import { describe, expect, it } from 'vitest';
import { getIndicator } from '../../lib/indicators/catalog';
import { evaluateIndicator } from '../../lib/model/indicator/evaluate';
import { gapText, neededText, projectionText, targetText } from '../../lib/ui/indicators/display-text';
import { historySteps } from '../../lib/ui/indicators/history';

const signing = getIndicator('signing-coverage')!;
const revenue = getIndicator('medical-service-revenue-share')!;

describe('result texts', () => {
  it('signing 700 of 2200 against ≥ 50 %: −18.18 points, 还需 400 人', () => {
    const r = evaluateIndicator(signing, [{ month: '2025-02', values: { signed: 700, population: 2200 } }], { asOf: '2025-02' });
    expect(gapText(r.gap, '%')).toBe('−18.18 个百分点');
    expect(neededText(signing, r.needed)).toBe('还需 400 人');
    expect(targetText(signing.targets[0], '%')).toBe('≥ 50%');
  });

  it('names money needed in the numerator’s unit (万元)', () => {
    const values = { medicalRevenue: 1000, drugRevenue: 400, materialRevenue: 200, examRevenue: 60, labRevenue: 40 };
    const r = evaluateIndicator(revenue, [{ month: '2021-06', values }], { asOf: '2021-06' });
    expect(neededText(revenue, r.needed)).toBe(`还需 ${r.needed} 万元`);
    expect(targetText({ op: 'between', min: 35, max: 50 }, '%')).toBe('35%–50%');
  });

  it('says whether and when the trend meets the target', () => {
    expect(projectionText({ reachable: true, month: '2025-09', slopePerMonth: 1, projectedAtDeadline: 60 }, '2025-02', '2025-12', false)).toBe('按近期进度，预计2025年9月达标');
    expect(projectionText({ reachable: false, month: null, slopePerMonth: 1, projectedAtDeadline: 40 }, '2025-02', '2018-12', false)).toBe('期限（2018年12月）已过，未达标');
    expect(projectionText({ reachable: false, month: null, slopePerMonth: null, projectedAtDeadline: null }, '2025-02', '2025-12', false)).toContain('数据不足');
  });
});

describe('history of a month', () => {
  it('lists each save with what it changed, newest first', () => {
    const steps = historySteps({
      values: { signed: 720, population: 2200 },
      history: [
        { at: 1, values: { signed: 650, population: 2200 } },
        { at: 2, values: { signed: 700, population: 2200 } },
      ],
      updatedAt: 3,
    });
    expect(steps).toEqual([
      { at: 3, changes: [{ key: 'signed', from: 700, to: 720 }] },
      { at: 2, changes: [{ key: 'signed', from: 650, to: 700 }] },
      { at: 1, changes: [{ key: 'signed', from: null, to: 650 }, { key: 'population', from: null, to: 2200 }] },
    ]);
  });
});
