import { describe, expect, it } from 'vitest';
import { csvSafe, looksLikeFormula, textCell } from '../../lib/export/safe-cell';
import { BOM, toCsv } from '../../lib/export/csv';

describe('formula injection', () => {
  it.each(['=1+1', '+86 123', '-1', '@SUM(A1)', '\tx', '\rx'])('treats %j as formula-like', (s) => {
    expect(looksLikeFormula(s)).toBe(true);
    expect(csvSafe(s)).toBe(`'${s}`);
  });

  it.each(['推进医共体建设', '2026-03-10', '', '1=1', '县卫健局 + 医保局', '\u200B推进'])('leaves %j alone', (s) => {
    expect(csvSafe(s)).toBe(s);
  });

  // Excel and WPS read the full-width signs a Chinese input method types, and skip what stands before them.
  it.each([
    '＝1+1',
    '＋86',
    '－1',
    '＠SUM(A1)',
    ' =1+1',
    '   +1',
    '\u3000=1',
    '\u200B=1+1',
    '\uFEFF=1+1',
    '\u200B \u2060－1',
    '\n=1',
  ])('guards %j, a formula behind full-width signs, spaces, zero-width characters or a BOM', (s) => {
    expect(looksLikeFormula(s)).toBe(true);
    expect(csvSafe(s)).toBe(`'${s}`);
  });

  it('types every xlsx text cell as a string', () => {
    expect(textCell('=HYPERLINK("http://x")')).toEqual({ value: '=HYPERLINK("http://x")', type: String });
  });

  it('writes CSV with a BOM, formula-safe text and negative numbers as numbers', async () => {
    const csv = await toCsv(
      ['任务', '差距'],
      [
        ['=1+1', -3.5],
        ['普通', null],
      ],
    );
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['任务,差距', "'=1+1,-3.5", '普通,']);
  });
});
