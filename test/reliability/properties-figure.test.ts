import * as fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { parseFigure } from '../../lib/indicators/number-input';

// Thousands of generated cases take seconds on a busy machine; a limit, not a speed check.
vi.setConfig({ testTimeout: 120_000 });

const UNITS = ['', '人次', '万元', '元', '%', '张', '万'];
// Pieces of what people type into a figure field, so generated input reaches past the first character.
const PIECES = [
  '0',
  '1',
  '9',
  '12',
  '345',
  '1,234',
  ',',
  '.',
  '。',
  '-',
  '−',
  '万',
  '万元',
  '人次',
  '%',
  'e',
  'E',
  '+',
  ' ',
  '\u3000',
  '１',
  '２',
  '．',
  '，',
  'NaN',
  'Infinity',
  '0x1',
  '\u0000',
  '\uD800',
  '1e400',
];
const figureLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((parts) => parts.join(''));
const toFullWidth = (s: string) => s.replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const anyInput = fc.oneof(
  figureLike,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

describe('parseFigure properties', () => {
  it('never throws; accepts only nothing or a finite non-negative number, and refuses with a Chinese message', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...UNITS), (text, unit) => {
        const result = parseFigure(text, unit);
        if (result.ok) {
          if (result.value !== null) {
            expect(Number.isFinite(result.value)).toBe(true);
            expect(result.value).toBeGreaterThanOrEqual(0);
          }
        } else {
          expect(result.message).toMatch(/[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('reads every non-negative number back exactly, typed plain, with thousands separators or in full-width digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const value = Number(`${whole}.${String(cents).padStart(2, '0')}`);
        const plain = `${whole}.${String(cents).padStart(2, '0')}`;
        const grouped = `${whole.toLocaleString('en-US')}.${String(cents).padStart(2, '0')}`;
        for (const text of [plain, grouped, toFullWidth(grouped), ` ${plain} `])
          expect(parseFigure(text, '元')).toEqual({ ok: true, value });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every negative number', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), (value) => {
        expect(parseFigure(`-${value}`, '人次').ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads empty and blank input as "no value", never as 0', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\u3000', '\t', '\n'), { maxLength: 5 }), (blank) => {
        expect(parseFigure(blank.join(''), '人次')).toEqual({ ok: true, value: null });
      }),
    );
  });
});
