import { describe, expect, it } from 'vitest';
import { findDates, smallNumber } from '../../lib/ledger/capture-dates';
import { cnNumeralValue } from '../../lib/model/deadline-normalize';

describe('one reading of Chinese numerals for deadlines and notice sentences', () => {
  it('reads day counts and days of month as the deadline normaliser does', () => {
    for (const [s, n] of [
      ['3', 3],
      ['十', 10],
      ['十二', 12],
      ['二十', 20],
      ['三十一', 31],
      ['五', 5],
    ] as const)
      expect(smallNumber(s)).toBe(n);
    expect(cnNumeralValue('二〇二二')).toBe(2022);
  });

  it('refuses what is not a small numeral', () => {
    for (const s of ['', '二二', '十十', '一百', '数', '三十一二']) expect(smallNumber(s)).toBeNaN();
    expect(cnNumeralValue('数')).toBeNull();
  });

  it('resolves a Chinese day count inside a notice sentence', () => {
    const [mention] = findDates('请于收到通知后五个工作日内反馈', '2026-12-01');
    expect(mention).toMatchObject({ due: '2026-12-08', deadline: true });
  });
});
