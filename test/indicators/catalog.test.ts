import { describe, expect, it } from 'vitest';
import { getIndicator, listIndicators, mergeCatalog } from '../../lib/indicators/catalog';
import { evaluateIndicator, targetFor } from '../../lib/model/indicator/evaluate';
import { findInconsistencies } from '../../lib/indicators/consistency';
import { entry } from './fixtures';

const formula = (id: string) => {
  const def = getIndicator(id)!;
  const kinds = Object.fromEntries(def.inputs.map((i) => [i.key, i.aggregation]));
  return { factor: def.factor, numerator: def.numerator, denominator: def.denominator, kinds };
};

describe('built-in catalog (seeds/indicators.json)', () => {
  it('is valid, with unique ids and source-document references', () => {
    const defs = listIndicators();
    expect(defs.length).toBeGreaterThan(3);
    expect(new Set(defs.map((d) => d.id)).size).toBe(defs.length);
    for (const def of defs) for (const t of def.targets) expect(t.source, def.id).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it('signing-coverage: signed / population × 100 (stocks), ≥50 by 2018-12', () => {
    expect(formula('signing-coverage')).toEqual({
      factor: 100,
      numerator: { plus: ['signed'], minus: [] },
      denominator: { plus: ['population'], minus: [] },
      kinds: { signed: 'stock', population: 'stock' },
    });
    expect(getIndicator('signing-coverage')!.targets[0]).toMatchObject({ op: '>=', value: 50, by: '2018-12' });
  });

  it('key-group-signing-coverage: keySigned / keyPopulation × 100 (stocks)', () => {
    expect(formula('key-group-signing-coverage')).toEqual({
      factor: 100,
      numerator: { plus: ['keySigned'], minus: [] },
      denominator: { plus: ['keyPopulation'], minus: [] },
      kinds: { keySigned: 'stock', keyPopulation: 'stock' },
    });
  });

  it('health-management-rate: managed (ytd-cumulative) / population (stock) × 100', () => {
    expect(formula('health-management-rate')).toEqual({
      factor: 100,
      numerator: { plus: ['managed'], minus: [] },
      denominator: { plus: ['population'], minus: [] },
      kinds: { managed: 'ytd-cumulative', population: 'stock' },
    });
  });

  it('medical-service-revenue-share: (medical − drug − material − exam − lab) / medical × 100, flows, ≥35 by 2021-12', () => {
    expect(formula('medical-service-revenue-share')).toEqual({
      factor: 100,
      numerator: { plus: ['medicalRevenue'], minus: ['drugRevenue', 'materialRevenue', 'examRevenue', 'labRevenue'] },
      denominator: { plus: ['medicalRevenue'], minus: [] },
      kinds: {
        medicalRevenue: 'flow',
        drugRevenue: 'flow',
        materialRevenue: 'flow',
        examRevenue: 'flow',
        labRevenue: 'flow',
      },
    });
    expect(targetFor(getIndicator('medical-service-revenue-share')!, '2021-06')).toMatchObject({
      op: '>=',
      value: 35,
      by: '2021-12',
    });
  });

  it('evaluates the public indicators end to end', () => {
    const signing = evaluateIndicator(
      getIndicator('signing-coverage')!,
      [entry('2018-06', { signed: 1000, population: 2200 })],
      { asOf: '2018-06' },
    );
    expect(signing).toMatchObject({ status: 'unmet', needed: 100 }); // 50% of 2200 = 1100
    const revenue = [
      entry('2021-03', {
        medicalRevenue: 2200,
        drugRevenue: 800,
        materialRevenue: 300,
        examRevenue: 200,
        labRevenue: 130,
      }),
    ];
    expect(evaluateIndicator(getIndicator('medical-service-revenue-share')!, revenue, { asOf: '2021-03' })).toEqual({
      value: 35, // (2200 − 1430) / 2200 = 770 / 2200
      status: 'met',
      gap: 0,
      needed: null,
    });
  });

  it('flags impossible values across the whole catalog', () => {
    const keys = findInconsistencies(listIndicators(), {
      signed: 3000,
      managed: 2500,
      population: 2200,
      keySigned: 10,
      keyPopulation: 20,
    }).map((i) => i.key);
    expect(keys).toEqual(expect.arrayContaining(['signed', 'managed']));
    expect(keys).not.toContain('keySigned');
  });

  it('returns undefined for an unknown id and a fresh list each time', () => {
    expect(getIndicator('no-such-indicator')).toBeUndefined();
    listIndicators().pop();
    expect(listIndicators().some((d) => d.id === 'signing-coverage')).toBe(true);
  });
});

const builtIn = () => listIndicators().filter((d) => ['signing-coverage', 'health-management-rate'].includes(d.id));

describe('mergeCatalog', () => {
  it('lets a user entry with a built-in id replace the targets only', () => {
    const signing = getIndicator('signing-coverage')!;
    const changed = {
      ...signing,
      numerator: { plus: ['population'], minus: [] },
      targets: [{ op: '>=' as const, value: 60, by: '2025-12', source: null, clause: '' }],
    };
    const merged = mergeCatalog(builtIn(), [changed]);
    const result = merged.find((d) => d.id === 'signing-coverage')!;
    expect(result.targets).toEqual(changed.targets);
    expect(result.numerator).toEqual({ plus: ['signed'], minus: [] });
    expect(signing.targets[0]).toMatchObject({ value: 50 }); // the built-in is not mutated
  });

  it('accepts a target-only override, appends user indicators and drops overrides of unknown ids', () => {
    const own = { ...getIndicator('signing-coverage')!, id: 'user-village-signing' };
    const merged = mergeCatalog(builtIn(), [
      own,
      { id: 'health-management-rate', targets: [{ op: '>=', value: 85, by: null, source: null, clause: '' }] },
      { id: 'retired-indicator', targets: [] },
    ]);
    expect(merged.map((d) => d.id)).toEqual(['signing-coverage', 'health-management-rate', 'user-village-signing']);
    expect(merged[1].targets).toEqual([{ op: '>=', value: 85, by: null, source: null, clause: '' }]);
  });
});
