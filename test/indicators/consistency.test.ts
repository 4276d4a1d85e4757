import { describe, expect, it } from 'vitest';
import { consistencyRules, findInconsistencies, isShareIndicator } from '../../lib/indicators/consistency';
import { indicatorDef } from '../../lib/model/indicator/schema';
import { consultationFee, healthManagement, personnelShare, revenueShare, signingCoverage } from './fixtures';

describe('consistencyRules are derived from the formulas', () => {
  it('a share: numerator ≤ denominator', () => {
    expect(consistencyRules(signingCoverage)).toEqual([{ parts: ['signed'], whole: ['population'] }]);
    expect(consistencyRules(healthManagement)).toEqual([{ parts: ['managed'], whole: ['population'] }]);
  });

  it('deductions ≤ what they are deducted from (the trivial N ≤ D cancels out)', () => {
    expect(consistencyRules(revenueShare)).toEqual([
      { parts: ['drugRevenue', 'materialRevenue', 'examRevenue', 'labRevenue'], whole: ['medicalRevenue'] },
    ]);
  });

  it('holds for a user-made share too', () => {
    const userDef = indicatorDef.parse({
      id: 'user-township-doctor-share',
      name: '乡镇卫生院全科医生占比',
      unit: '%',
      factor: 100,
      inputs: [
        { key: 'gps', label: '全科医生数', unit: '人', aggregation: 'stock' },
        { key: 'doctors', label: '执业医师数', unit: '人', aggregation: 'stock' },
      ],
      numerator: { plus: ['gps'] },
      denominator: { plus: ['doctors'] },
      targets: [{ op: '>=', value: 30 }],
    });
    expect(findInconsistencies(userDef, { gps: 31, doctors: 30 })).toEqual([
      { key: 'gps', message: '全科医生数（31人）不能大于执业医师数（30人）' },
    ]);
  });

  it('does not apply to a per-capita amount or to a change rate, which may exceed 100% or be negative', () => {
    expect(isShareIndicator(consultationFee)).toBe(false);
    expect(consistencyRules(consultationFee)).toEqual([]);
    const growth = indicatorDef.parse({
      id: 'cost-growth',
      name: '医疗费用增长幅度',
      unit: '%',
      factor: 100,
      inputs: [
        { key: 'cost', label: '本年医疗费用', unit: '万元', aggregation: 'flow' },
        { key: 'lastCost', label: '上年医疗费用', unit: '万元', aggregation: 'flow' },
      ],
      numerator: { plus: ['cost'], minus: ['lastCost'] },
      denominator: { plus: ['lastCost'] },
      targets: [{ op: '<=', value: 10 }],
    });
    expect(isShareIndicator(growth)).toBe(false);
    expect(findInconsistencies(growth, { cost: 90, lastCost: 100 })).toEqual([]);
  });
});

describe('findInconsistencies', () => {
  it('flags 签约人数 > 常住人口 by the signed field, and accepts equality', () => {
    expect(findInconsistencies(signingCoverage, { signed: 2300, population: 2200 })).toEqual([
      { key: 'signed', message: '签约人数（2,300人）不能大于常住人口（2,200人）' },
    ]);
    expect(findInconsistencies(signingCoverage, { signed: 2200, population: 2200 })).toEqual([]);
  });

  it('flags 药品+耗材+检查+化验 > 医疗收入 by the medical revenue field', () => {
    const values = {
      medicalRevenue: 1000,
      drugRevenue: 400,
      materialRevenue: 300,
      examRevenue: 200,
      labRevenue: 150.5,
    };
    expect(findInconsistencies(revenueShare, values)).toEqual([
      {
        key: 'medicalRevenue',
        message: '药品收入、卫生材料收入、检查收入、化验收入合计（1,050.5万元）不能大于医疗收入（1,000万元）',
      },
    ]);
    expect(findInconsistencies(revenueShare, { ...values, labRevenue: 100 })).toEqual([]); // exactly 1000
  });

  it('checks nothing while a value is missing', () => {
    expect(findInconsistencies(signingCoverage, { signed: 2300, population: null })).toEqual([]);
    expect(findInconsistencies(revenueShare, { medicalRevenue: 10, drugRevenue: 400 })).toEqual([]);
  });

  it('checks every def at once, once per problem', () => {
    const values = { signed: 2300, managed: 2500, population: 2200, personnel: 600, business: 500 };
    const issues = findInconsistencies(
      [signingCoverage, healthManagement, signingCoverage, personnelShare, consultationFee],
      values,
    );
    expect(issues.map((i) => i.key)).toEqual(['signed', 'managed', 'personnel']);
    expect(issues[1].message).toBe('健康管理人数（2,500人）不能大于常住人口（2,200人）');
  });
});
