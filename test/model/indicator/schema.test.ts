import { describe, expect, it } from 'vitest';
import { indicatorCatalog, indicatorDef } from '../../../lib/model/indicator/schema';
import { signingCoverage } from '../../indicators/fixtures';

const issues = (value: unknown) => {
  const parsed = indicatorDef.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('indicatorDef', () => {
  it('accepts a minimal user-made def and fills the defaults', () => {
    const def = indicatorDef.parse({
      id: 'user-1',
      name: '自定义指标',
      unit: '%',
      factor: 100,
      inputs: [
        { key: 'a', label: '甲', unit: '人', aggregation: 'stock' },
        { key: 'b', label: '乙', unit: '人', aggregation: 'flow' },
      ],
      numerator: { plus: ['a'] },
      denominator: { plus: ['b'] },
      targets: [{ op: 'between', min: 1, max: 2 }],
    });
    expect(def.numerator.minus).toEqual([]);
    expect(def.targets[0]).toEqual({ op: 'between', min: 1, max: 2, by: null, source: null, clause: '' });
    expect(def.definition).toBe('');
  });

  it('requires formula keys to be inputs of the def', () => {
    expect(issues({ ...signingCoverage, numerator: { plus: ['signd'], minus: [] } })).toEqual([
      '分子中的 signd 不是本指标的录入项',
    ]);
    expect(issues({ ...signingCoverage, denominator: { plus: ['population'], minus: ['ghost'] } })).toEqual([
      '分母中的 ghost 不是本指标的录入项',
    ]);
  });

  it('refuses a factor of 0 or less, duplicate input keys, an inverted band, no target, a bad deadline', () => {
    expect(issues({ ...signingCoverage, factor: 0 })).toEqual(['倍数须大于 0']);
    expect(issues({ ...signingCoverage, factor: -100 })).toEqual(['倍数须大于 0']);
    expect(issues({ ...signingCoverage, factor: Infinity })).toHaveLength(1);
    expect(issues({ ...signingCoverage, targets: [{ op: '>=', value: Number.NaN }] })).toHaveLength(1);
    expect(issues({ ...signingCoverage, inputs: [...signingCoverage.inputs, signingCoverage.inputs[0]] })).toEqual([
      '录入项 signed 重复',
    ]);
    expect(issues({ ...signingCoverage, targets: [{ op: 'between', min: 50, max: 35 }] })).toEqual([
      '目标区间下限不能大于上限',
    ]);
    expect(issues({ ...signingCoverage, targets: [] })).toEqual(['至少要有一个目标值']);
    expect(issues({ ...signingCoverage, targets: [{ op: '>=', value: 50, by: '2018-13' }] })).toEqual([
      '期限须为 YYYY-MM',
    ]);
    expect(issues({ ...signingCoverage, numerator: { plus: ['signed', 'signed'], minus: [] } })).toEqual([
      '分子中的 signed 重复出现',
    ]);
  });

  it('refuses ids and keys that are not kebab-case / camelCase', () => {
    expect(issues({ ...signingCoverage, id: 'Signing Coverage' })).toHaveLength(1);
    expect(
      issues({
        ...signingCoverage,
        inputs: [{ ...signingCoverage.inputs[0], key: 'signed-count' }, signingCoverage.inputs[1]],
      }).length,
    ).toBeGreaterThan(0);
  });
});

describe('indicatorCatalog', () => {
  it('refuses duplicate ids', () => {
    const parsed = indicatorCatalog.safeParse([signingCoverage, signingCoverage]);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toEqual(['指标代码 signing-coverage 重复']);
  });
});
