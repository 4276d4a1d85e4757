import { indicatorDef, type IndicatorDef } from '../../lib/model/indicator/schema';
import type { MonthlyEntry } from '../../lib/model/indicator/aggregate';

/** Defs built the way the catalog describes them, so these tests do not depend on seeds/indicators.json. */
export const signingCoverage: IndicatorDef = indicatorDef.parse({
  id: 'signing-coverage',
  name: '家庭医生签约服务覆盖率',
  unit: '%',
  factor: 100,
  inputs: [
    { key: 'signed', label: '签约人数', unit: '人', aggregation: 'stock' },
    { key: 'population', label: '常住人口', unit: '人', aggregation: 'stock' },
  ],
  numerator: { plus: ['signed'] },
  denominator: { plus: ['population'] },
  targets: [
    { op: '>=', value: 50, by: '2018-12', source: '002_51fae38dd57fd7e4.txt', clause: '签约覆盖率达到50%以上' },
  ],
});

export const healthManagement: IndicatorDef = indicatorDef.parse({
  id: 'health-management-rate',
  name: '健康管理率',
  unit: '%',
  factor: 100,
  inputs: [
    { key: 'managed', label: '健康管理人数', unit: '人', aggregation: 'ytd-cumulative' },
    { key: 'population', label: '常住人口', unit: '人', aggregation: 'stock' },
  ],
  numerator: { plus: ['managed'] },
  denominator: { plus: ['population'] },
  targets: [{ op: '>=', value: 80, by: '2020-12' }],
});

export const revenueShare: IndicatorDef = indicatorDef.parse({
  id: 'medical-service-revenue-share',
  name: '医疗服务收入占比',
  unit: '%',
  factor: 100,
  inputs: [
    { key: 'medicalRevenue', label: '医疗收入', unit: '万元', aggregation: 'flow' },
    { key: 'drugRevenue', label: '药品收入', unit: '万元', aggregation: 'flow' },
    { key: 'materialRevenue', label: '卫生材料收入', unit: '万元', aggregation: 'flow' },
    { key: 'examRevenue', label: '检查收入', unit: '万元', aggregation: 'flow' },
    { key: 'labRevenue', label: '化验收入', unit: '万元', aggregation: 'flow' },
  ],
  numerator: { plus: ['medicalRevenue'], minus: ['drugRevenue', 'materialRevenue', 'examRevenue', 'labRevenue'] },
  denominator: { plus: ['medicalRevenue'] },
  targets: [{ op: '>=', value: 35, by: '2021-12' }],
});

/** A "≤" indicator in 元/人/年 (factor 1): a flow over a stock. */
export const consultationFee: IndicatorDef = indicatorDef.parse({
  id: 'ncms-general-consultation-fee-per-capita',
  name: '一般诊疗费人均支付',
  unit: '元/人/年',
  factor: 1,
  inputs: [
    { key: 'payment', label: '一般诊疗费支付', unit: '元', aggregation: 'flow' },
    { key: 'ruralPopulation', label: '农村人口', unit: '人', aggregation: 'stock' },
  ],
  numerator: { plus: ['payment'] },
  denominator: { plus: ['ruralPopulation'] },
  targets: [{ op: '<=', value: 11, by: null }],
});

export const personnelShare: IndicatorDef = indicatorDef.parse({
  id: 'personnel-expenditure-share',
  name: '人员支出占业务支出比例',
  unit: '%',
  factor: 100,
  inputs: [
    { key: 'personnel', label: '人员支出', unit: '万元', aggregation: 'flow' },
    { key: 'business', label: '业务支出', unit: '万元', aggregation: 'flow' },
  ],
  numerator: { plus: ['personnel'] },
  denominator: { plus: ['business'] },
  targets: [{ op: 'between', min: 35, max: 50, by: '2021-12' }],
});

export function entry(month: string, values: MonthlyEntry['values']): MonthlyEntry {
  return { month, values };
}
