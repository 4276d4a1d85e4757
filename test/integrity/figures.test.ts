import { afterEach, describe, expect, it } from 'vitest';
import { parseFigure } from '../../lib/indicators/number-input';
import { valuesToTexts } from '../../lib/ui/indicators/form-model';
import { evaluateIndicator } from '../../lib/model/indicator/evaluate';
import { listIndicators } from '../../lib/indicators/catalog';
import { openDb, type ReformDb } from '../../lib/db/database';
import { createUnit, updateUnit } from '../../lib/db/units';
import { failureText } from '../helpers/fake-i18n';

const refusal = (text: string, unit: string) => {
  const r = parseFigure(text, unit);
  return r.ok ? `accepted ${r.value}` : r.message;
};

describe('figures: refused with the reason beside the field', () => {
  it('more than 15 significant digits', () => {
    expect(refusal('1234567890123456', '元')).toMatch(/有效数字不能超过 15 位/);
    expect(refusal('0.1234567890123456', '元')).toMatch(/有效数字不能超过 15 位/);
    expect(parseFigure('123456789012345', '元')).toEqual({ ok: true, value: 123456789012345 });
    expect(parseFigure('0.00000012', '元')).toEqual({ ok: true, value: 1.2e-7 });
    expect(parseFigure('1200.500', '元')).toEqual({ ok: true, value: 1200.5 });
  });

  it.each(['10⁵', '2³', '¹2', '①', '⑫', '⓵', '❶', '㉑'])(
    '%s: superscript and circled digits are not read as plain digits',
    (text) => {
      expect(refusal(text, '人')).toMatch(/上标或带圈数字/);
    },
  );

  it('full-width digits still are plain digits', () => {
    expect(parseFigure('１２３４５', '人')).toEqual({ ok: true, value: 12345 });
  });

  it('a count of people that is not whole', () => {
    expect(refusal('2.7', '人')).toBe('人数必须是整数');
    expect(refusal('2.7人', '人')).toBe('人数必须是整数');
    expect(refusal('1.5', '人次')).toMatch(/必须是整数/);
    expect(parseFigure('2.5万', '人')).toEqual({ ok: true, value: 25000 });
    expect(parseFigure('2.7', '万元')).toEqual({ ok: true, value: 2.7 });
  });

  it('a saved value is shown again exactly as it can be typed (never 1e-7)', () => {
    const texts = valuesToTexts({ a: 1e-7, b: 1.5e-7, c: 123456789012345, d: 0.1, e: 1e21 / 1e6 });
    expect(texts).toEqual({ a: '0.0000001', b: '0.00000015', c: '123456789012345', d: '0.1', e: '1000000000000000' });
    for (const text of Object.values(texts)) expect(parseFigure(text, '元').ok).toBe(true);
  });
});

describe('a zero denominator is "分母为 0", not 暂无数据', () => {
  const coverage = listIndicators().find((d) => d.id === 'signing-coverage')!;
  it('tells a zero denominator from missing figures', () => {
    const zero = evaluateIndicator(coverage, [{ month: '2024-03', values: { signed: 10, population: 0 } }], {
      asOf: '2024-03',
    });
    expect(zero).toMatchObject({ value: null, status: 'no-data', reason: 'zero-denominator' });
    const missing = evaluateIndicator(coverage, [{ month: '2024-03', values: { signed: 10, population: null } }], {
      asOf: '2024-03',
    });
    expect(missing.reason).toBeUndefined();
  });
});

describe('two units with the same name under one parent are refused', () => {
  let db: ReformDb | undefined;
  afterEach(async () => db?.delete());
  it('on create and on rename, also when the names differ only by invisible characters', async () => {
    db = openDb('integrity-unit-names');
    const county = await createUnit(db, { name: '某县', parentId: null });
    const hospital = await createUnit(db, { name: '县人民医院', parentId: county.id });
    expect(await failureText(createUnit(db, { name: '县人民医院\u200B', parentId: county.id }))).toContain(
      '同一上级下已有名为“县人民医院”的单位',
    );
    const clinic = await createUnit(db, { name: '某乡卫生院', parentId: county.id });
    expect(await failureText(updateUnit(db, clinic.id, { name: '县人民医院', parentId: county.id }))).toContain(
      '已有名为',
    );
    expect(await failureText(createUnit(db, { name: '某县', parentId: null }))).toContain('已有名为');
    // Same name elsewhere is fine, and renaming a unit to its own name is too.
    expect((await createUnit(db, { name: '县人民医院', parentId: hospital.id })).name).toBe('县人民医院');
    expect((await updateUnit(db, hospital.id, { name: '县人民医院', parentId: county.id })).name).toBe('县人民医院');
  });
});
