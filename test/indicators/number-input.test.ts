import { describe, expect, it } from 'vitest';
import { parseFigure } from '../../lib/indicators/number-input';

const ok = (value: number | null) => ({ ok: true, value });
const fail = (message: string) => ({ ok: false, message });

describe('parseFigure', () => {
  it('reads plain, decimal and thousands-separated figures', () => {
    expect(parseFigure('1234', '人')).toEqual(ok(1234));
    expect(parseFigure('1234.5', '元')).toEqual(ok(1234.5));
    expect(parseFigure('1,234', '人')).toEqual(ok(1234));
    expect(parseFigure('1,234,567.25', '元')).toEqual(ok(1234567.25));
    expect(parseFigure('0', '人')).toEqual(ok(0));
  });

  it('reads full-width digits and punctuation, and ignores spaces', () => {
    expect(parseFigure('１２３４．５', '元')).toEqual(ok(1234.5));
    expect(parseFigure('１，２３４', '人')).toEqual(ok(1234));
    expect(parseFigure(' 1 234 ', '人')).toEqual(ok(1234));
    expect(parseFigure('\u3000５６\u3000', '人')).toEqual(ok(56));
    expect(parseFigure('12。5', '元')).toEqual(ok(12.5));
  });

  it('multiplies a 万 suffix by 10000 for 元 and counts, exactly', () => {
    expect(parseFigure('12.5万', '元')).toEqual(ok(125000));
    expect(parseFigure('１２．５万', '元')).toEqual(ok(125000));
    expect(parseFigure('12.5万元', '元')).toEqual(ok(125000));
    expect(parseFigure('1.23456万', '元')).toEqual(ok(12345.6)); // 1.23456 × 10000 in floats is 12345.599999999999
  });

  it('takes a plain figure in a 万元 field as 万元 already', () => {
    expect(parseFigure('12.5', '万元')).toEqual(ok(12.5));
    expect(parseFigure('12.5万', '万元')).toEqual(ok(12.5));
    expect(parseFigure('12.5万元', '万元')).toEqual(ok(12.5));
  });

  it('treats an empty field as "no value"', () => {
    expect(parseFigure('', '人')).toEqual(ok(null));
    expect(parseFigure('   ', '人')).toEqual(ok(null));
  });

  it('refuses negatives with their own message', () => {
    expect(parseFigure('-5', '人')).toEqual(fail('不能为负数'));
    expect(parseFigure('－５', '人')).toEqual(fail('不能为负数'));
    expect(parseFigure('−1.5万', '元')).toEqual(fail('不能为负数'));
    expect(parseFigure('-0', '人')).toEqual(ok(0));
  });

  it('refuses text, NaN, Infinity and scientific notation', () => {
    for (const text of ['abc', '十二', 'NaN', 'Infinity', '1e5', '12..5', '1.2.3', '+5', '万']) {
      expect(parseFigure(text, '人'), text).toEqual(fail('请输入非负数字'));
    }
  });

  it('refuses misplaced commas instead of guessing', () => {
    expect(parseFigure('12,34', '人')).toEqual(fail('逗号只能用作千位分隔，如 1,234'));
    expect(parseFigure('1,5', '元')).toEqual(fail('逗号只能用作千位分隔，如 1,234'));
  });

  it('refuses a figure too large to be a number', () => {
    expect(parseFigure('9'.repeat(400), '元')).toEqual(fail('有效数字不能超过 15 位'));
  });
});
