import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, roundForDisplay } from '../../lib/indicators/display';
import { exactTotal, wholeShortfall } from '../../lib/model/indicator/decimal';
import { addMonths, monthsBetween } from '../../lib/model/calendar';

describe('roundForDisplay', () => {
  it('rounds half away from zero on the decimal digits', () => {
    expect(roundForDisplay(31.818181818181817)).toBe(31.82);
    expect(roundForDisplay(1.005)).toBe(1.01); // Math.round(1.005 * 100) / 100 gives 1
    expect(roundForDisplay(-2.345)).toBe(-2.35);
    expect(roundForDisplay(-0.001)).toBe(0);
    expect(Object.is(roundForDisplay(-0.001), -0)).toBe(false);
    expect(roundForDisplay(35.00000000000001, 1)).toBe(35);
    expect(roundForDisplay(1e-7)).toBe(0);
  });

  it('formats with the unit', () => {
    expect(formatIndicatorValue(35, '%')).toBe('35.00%');
    expect(formatIndicatorValue(1.2345, '‰', 1)).toBe('1.2‰');
    expect(formatIndicatorValue(140, '元/人/年')).toBe('140.00 元/人/年');
    expect(formatIndicatorValue(null, '%')).toBe('—');
  });
});

describe('exact decimal helpers', () => {
  it('adds and subtracts the typed decimals exactly', () => {
    expect(exactTotal([0.1, 0.2])).toBe(0.3);
    expect(exactTotal([27], [10, 4, 2.55, 1])).toBe(9.45);
    expect(exactTotal([1e21, 1])).toBe(1e21);
    expect(exactTotal([1.5e-7, 1.5e-7])).toBe(3e-7); // String(1.5e-7) has an exponent
    expect(exactTotal([])).toBe(0);
    // Whole numbers are added as doubles only while every partial sum is exact: past 2^53 the decimals take over.
    expect(exactTotal([2 ** 53 - 1, 2, -2])).toBe(2 ** 53 - 1);
    expect(exactTotal([2 ** 53 - 1], [-2, 2])).toBe(2 ** 53 - 1);
    expect(exactTotal([1200, 34], [5])).toBe(1229);
  });

  it('finds the whole shortfall exactly', () => {
    expect(wholeShortfall(700, 2200, 100, 35)).toBe(70);
    expect(wholeShortfall(500, 3000, 100, 20.1)).toBe(103);
    expect(wholeShortfall(9, 27, 100, 35)).toBe(1); // 9.45 needed, 0.45 short → 1
    expect(wholeShortfall(800, 2200, 100, 35)).toBe(-30); // already over: negative
  });
});

describe('months', () => {
  it('steps across year boundaries', () => {
    expect(addMonths('2018-11', 3)).toBe('2019-02');
    expect(addMonths('2018-01', -1)).toBe('2017-12');
    expect(monthsBetween('2018-11', '2019-02')).toEqual(['2018-11', '2018-12', '2019-01', '2019-02']);
    expect(monthsBetween('2019-02', '2018-11')).toEqual([]);
  });
});
