import { describe, expect, it } from 'vitest';
import { getIndicator, listIndicators } from '../../../lib/indicators/catalog';
import { checkForm, formGroups, valuesToSave, valuesToTexts } from '../../../lib/ui/indicators/form-model';

const all = listIndicators();

describe('the input form', () => {
  it('asks each input once, under the first indicator that uses it', () => {
    const groups = formGroups(all);
    const keys = groups.flatMap((g) => g.inputs.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(keys)).toEqual(new Set(all.flatMap((d) => d.inputs.map((i) => i.key))));
    const health = groups.find((g) => g.def.id === 'health-management-rate')!;
    expect(health.inputs.map((i) => i.key)).toEqual(['managed']);
    expect(health.shared.map((i) => i.label)).toEqual(['常住人口']);
  });

  it('parses what people type: 1,234, full-width digits, 万 in a 元 field', () => {
    const { values, errors } = checkForm(all, {
      population: '2,200',
      signed: '７００',
      elderlySigningFee: '1.5万',
      medicalRevenue: '1234.5',
    });
    expect(errors).toEqual({});
    expect(values).toMatchObject({
      population: 2200,
      signed: 700,
      elderlySigningFee: 15000,
      medicalRevenue: 1234.5,
      managed: null,
    });
  });

  it('puts a Chinese message by the field for negatives, text and impossible combinations', () => {
    expect(checkForm(all, { signed: '-5' }).errors).toEqual({ signed: '不能为负数' });
    expect(checkForm(all, { signed: '很多' }).errors).toEqual({ signed: '请输入非负数字' });
    expect(checkForm(all, { signed: '3000', population: '2200' }).errors).toEqual({
      signed: '签约人数（3,000人）不能大于常住人口（2,200人）',
    });
    const revenue = checkForm([getIndicator('medical-service-revenue-share')!], {
      medicalRevenue: '100',
      drugRevenue: '40',
      materialRevenue: '30',
      examRevenue: '20',
      labRevenue: '20',
    });
    expect(Object.values(revenue.errors)).toEqual([
      '药品收入、卫生材料收入、检查收入、化验收入合计（110万元）不能大于医疗收入（100万元）',
    ]);
  });

  it('saves filled fields and clears only those that held a value', () => {
    expect(valuesToSave({ signed: 700, population: null, managed: null }, { managed: 10 })).toEqual({
      signed: 700,
      managed: null,
    });
    expect(valuesToTexts({ signed: 700, population: null, x: 1234.5 })).toEqual({ signed: '700', x: '1234.5' });
  });
});
