import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../lib/model/deadline';
import { nextOccurrence } from '../../lib/model/recurrence';
import { parseLedgerTable } from '../../lib/ledger/table-import';

/** Independent of lib/model/calendar: a real calendar date survives a round trip through Date.UTC. */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const nullOrDate = (value: string | null) => value === null || isCalendarDate(value);

// Pieces of deadline phrases, so generated strings reach deep into the parser instead of stopping at the first char.
const PIECES = [
  '2017',
  '2020',
  '2024',
  '1899',
  '2100',
  '2101',
  '20220230',
  '0',
  '1',
  '2',
  '6',
  '12',
  '13',
  '15',
  '29',
  '30',
  '31',
  '99',
  '９',
  '２０２２',
  '年',
  '月',
  '日',
  '号',
  '底',
  '末',
  '前',
  '内',
  '度',
  '份',
  '初',
  '上旬',
  '中旬',
  '下旬',
  '上半年',
  '下半年',
  '季度',
  '第',
  '季',
  '-',
  '—',
  '～',
  '~',
  '至',
  '到',
  '.',
  '/',
  '起',
  '开始',
  '以后',
  '今年',
  '明年',
  '次年',
  '年底',
  '年内',
  ' ',
  '\u3000',
  '\n',
  '"',
  '“',
  '二〇二二',
  '○',
  '十',
  '十二',
  '二十',
  '三十一',
  '十四五',
  '十三五',
  '期间',
  '每',
  '每月',
  '每季度',
  '每半年',
  '每年',
  '每周',
  '定期',
  '不',
  '按',
  '完成',
  '，',
  '、',
  '\t',
  '\u0000',
  '\uD800',
];
const deadlineLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  deadlineLike,
);
const context = fc.option(
  fc.record({ year: fc.option(fc.oneof(fc.integer({ min: 1890, max: 2110 }), fc.double()), { nil: undefined }) }),
  { nil: undefined },
);

describe('properties', () => {
  it('parseDeadline never throws and returns only real calendar dates', () => {
    fc.assert(
      fc.property(anyText, context, (text, ctx) => {
        const result = parseDeadline(text, ctx);
        expect(['date', 'span', 'recurring', 'open']).toContain(result.kind);
        expect(result.text).toBe(text);
        expect(nullOrDate(result.due)).toBe(true);
        expect(nullOrDate(result.start)).toBe(true);
        for (const day of [result.due, result.start])
          if (day) expect(Number(day.slice(0, 4))).toBeLessThanOrEqual(2100);
        expect(result.due === null).toBe(result.kind === 'recurring' || result.kind === 'open');
        if (result.kind === 'span') expect(result.start! <= result.due!).toBe(true);
        if (result.kind === 'date') expect(result.start).toBeNull();
      }),
      { numRuns: 3000 },
    );
  });

  it('nextOccurrence gives a real date on or after `after`, within a year, or null', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyText, day, (text, after) => {
        const next = nextOccurrence(text, after);
        if (next === null) return;
        expect(isCalendarDate(next)).toBe(true);
        expect(next >= after).toBe(true);
        expect(Date.parse(next) - Date.parse(after)).toBeLessThanOrEqual(366 * 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseLedgerTable never throws and every task has a title and a real due date or none', () => {
    const cell = fc.oneof(
      anyText,
      fc.constantFrom('序号', '重点任务', '具体工作', '牵头部门', '配合部门', '完成时限', '', '市卫健委、市医保局'),
    );
    const table = fc
      .tuple(
        fc.array(fc.array(cell, { maxLength: 7 }), { maxLength: 8 }),
        fc.constantFrom('\t', ',', '\n'),
        fc.boolean(),
      )
      .map(([rows, delimiter, withHeader]) => {
        const lines = rows.map((r) => r.join(delimiter === '\n' ? '\t' : delimiter));
        if (withHeader)
          lines.unshift(
            ['序号', '重点任务', '具体工作', '牵头部门', '配合部门', '完成时限'].join(delimiter === ',' ? ',' : '\t'),
          );
        return lines.join(delimiter === '\n' ? '\r\n' : '\n');
      });
    fc.assert(
      fc.property(fc.oneof(table, anyText), context, (text, ctx) => {
        const result = parseLedgerTable(text, ctx);
        expect(Array.isArray(result.warnings)).toBe(true);
        for (const w of result.warnings) expect(typeof w).toBe('string');
        for (const t of result.tasks) {
          expect(t.title.trim()).not.toBe('');
          expect(nullOrDate(t.due)).toBe(true);
          expect(t.lead.every((d) => d.trim() !== '')).toBe(true);
          expect(t.partners.every((d) => d.trim() !== '')).toBe(true);
        }
      }),
      { numRuns: 1500 },
    );
  });
});
