import { beforeEach, describe, expect, it } from 'vitest';
import { useZhMessages } from '../../helpers/fake-i18n';
import { getIndicator } from '../../../lib/indicators/catalog';
import { evaluateIndicator } from '../../../lib/model/indicator/evaluate';
import { expiredText, gapText, neededText, projectionText, targetText } from '../../../lib/ui/indicators/display-text';
import { historySteps } from '../../../lib/ui/indicators/history';

const signing = getIndicator('signing-coverage')!;
const revenue = getIndicator('medical-service-revenue-share')!;
beforeEach(useZhMessages);

describe('result texts', () => {
  it('signing 700 of 2200 against ≥ 50 %: −18.18 points, 还需 400 人', () => {
    const r = evaluateIndicator(signing, [{ month: '2025-02', values: { signed: 700, population: 2200 } }], {
      asOf: '2025-02',
    });
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

  it('says the value at the deadline, the month the trend meets the target and the months it was fitted on', () => {
    const fitted = { from: '2024-03', to: '2025-02', months: 12 };
    const base = { slopePerMonth: 1, fitted };
    expect(
      projectionText(
        { ...base, reachable: true, month: '2025-09', metMonth: '2025-09', projectedAtDeadline: 60 },
        '2025-12',
        false,
        '%',
      ),
    ).toBe('按2024年3月至2025年2月（12个月）的趋势，2025年12月预计为 60%，预计2025年9月达标');
    expect(
      projectionText(
        { ...base, reachable: false, month: null, metMonth: '2026-07', projectedAtDeadline: 40 },
        '2025-12',
        false,
        '%',
      ),
    ).toBe('按2024年3月至2025年2月（12个月）的趋势，2025年12月预计为 40%，预计2026年7月达标，晚于期限');
    expect(
      projectionText(
        { ...base, reachable: false, month: null, metMonth: null, projectedAtDeadline: null },
        null,
        false,
        '%',
      ),
    ).toBe('按2024年3月至2025年2月（12个月）的趋势，十年内难以达标');
    expect(
      projectionText(
        { reachable: false, month: null, slopePerMonth: null, projectedAtDeadline: null, metMonth: null, fitted: null },
        '2025-12',
        false,
        '%',
      ),
    ).toContain('数据不足');
  });

  it('calls a target whose deadline has passed history, not a failure', () => {
    const text = expiredText({ op: '>=', value: 50, by: '2018-12', source: null, clause: '' }, '%');
    expect(text).toBe('≥ 50%（2018年12月前）已到期，为历史目标；可从新文件添加现行目标');
    expect(text).not.toContain('未达标');
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
      {
        at: 1,
        changes: [
          { key: 'signed', from: null, to: 650 },
          { key: 'population', from: null, to: 2200 },
        ],
      },
    ]);
  });
});

describe('in the English UI', () => {
  it('names indicators, inputs, units and months in English; the catalog keeps the Chinese for reports', async () => {
    const { useMessages } = await import('../../helpers/fake-i18n');
    const { indicatorName, inputLabel } = await import('../../../lib/ui/indicators/display-text');
    useMessages('en');
    expect(indicatorName(signing)).toBe('Family doctor contract coverage rate');
    expect(inputLabel(signing.inputs[0])).toBe('Contracted residents');
    const r = evaluateIndicator(signing, [{ month: '2025-02', values: { signed: 700, population: 2200 } }], {
      asOf: '2025-02',
    });
    expect(gapText(r.gap, '%')).toBe('−18.18 percentage points');
    expect(neededText(signing, r.needed)).toBe('400 more people needed');
    const text = expiredText({ op: '>=', value: 50, by: '2018-12', source: null, clause: '' }, '%');
    expect(text).toBe(
      '≥ 50% (by Dec 2018) has expired and is a past target; add the current target from a newer document',
    );
    expect(signing.name).toBe('家庭医生签约覆盖率');
    // Every built-in indicator and input has its English name.
    const { listIndicators } = await import('../../../lib/indicators/catalog');
    for (const def of listIndicators()) {
      expect(indicatorName(def)).not.toMatch(/[\u4e00-\u9fff]/);
      for (const input of def.inputs) expect(inputLabel(input)).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
