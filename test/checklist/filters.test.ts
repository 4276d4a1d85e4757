import { describe, expect, it } from 'vitest';
import {
  hasActiveFilter,
  matchesDepartments,
  searchTerms,
  sortDepartments,
  taskFilter,
} from '../../lib/checklist/filters';
import * as fc from 'fast-check';
import { DEFAULT_FILTERS, isChecklistFilters } from '../../lib/checklist/settings';
import { checklistFilters } from '../../lib/checklist/settings-schema';
import { makeTask } from './task-fixture';

const titles = new Map([
  ['ledger-a', '甲县医改台账'],
  ['ledger-b', '乙市重点任务'],
]);
const pharmacy = makeTask({
  ledgerId: 'ledger-a',
  title: '推进药品集中带量采购',
  lead: ['医保局', '卫健局'],
  partners: ['市场监管局'],
});
const clinic = makeTask({
  ledgerId: 'ledger-b',
  title: '家庭医生签约服务',
  lead: ['卫健局'],
  notes: [{ at: 1, text: '已完成摸底 Survey' }],
});

describe('checklist filters', () => {
  it('searches title, departments, ledger title and notes; every term must match', () => {
    const match = (search: string) =>
      [pharmacy, clinic].filter(taskFilter({ ...DEFAULT_FILTERS, search }, titles)).map((t) => t.id);
    expect(match('带量')).toEqual([pharmacy.id]);
    expect(match('市场监管')).toEqual([pharmacy.id]);
    expect(match('乙市')).toEqual([clinic.id]);
    expect(match('survey')).toEqual([clinic.id]);
    expect(match('卫健局 签约')).toEqual([clinic.id]);
    expect(match('  ')).toEqual([pharmacy.id, clinic.id]);
    expect(match('教育局')).toEqual([]);
  });

  it('limits to my departments by lead department only', () => {
    expect(matchesDepartments(pharmacy, ['医保局'])).toBe(true);
    expect(matchesDepartments(clinic, ['医保局'])).toBe(false);
    expect(matchesDepartments(clinic, ['市场监管局'])).toBe(false);
    expect(matchesDepartments(clinic, [])).toBe(true);
  });

  it('combines ledger, departments and search', () => {
    const filter = taskFilter({ departments: ['卫健局'], ledgerId: 'ledger-a', search: '' }, titles);
    expect([pharmacy, clinic].filter(filter)).toEqual([pharmacy]);
  });

  it('knows when a filter is active', () => {
    expect(hasActiveFilter(DEFAULT_FILTERS)).toBe(false);
    expect(hasActiveFilter({ ...DEFAULT_FILTERS, search: ' ' })).toBe(false);
    expect(hasActiveFilter({ ...DEFAULT_FILTERS, ledgerId: 'ledger-a' })).toBe(true);
    expect(hasActiveFilter({ ...DEFAULT_FILTERS, departments: ['医保局'] })).toBe(true);
  });

  it('splits search terms and lists departments once each', () => {
    expect(searchTerms('  医保局   采购 ')).toEqual(['医保局', '采购']);
    expect(sortDepartments(['卫健局', '医保局', '卫健局', ' '])).toEqual(
      ['卫健局', '医保局'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')),
    );
  });

  it('rejects stored filters of the wrong shape (the setting falls back to defaults)', () => {
    expect(checklistFilters.safeParse({ departments: '医保局', ledgerId: null, search: '' }).success).toBe(false);
    expect(checklistFilters.safeParse(DEFAULT_FILTERS).success).toBe(true);
  });

  it('the popup’s zod-free read check accepts exactly what the write schema accepts', () => {
    // Mostly valid fields with one edge or wrong value among them, so each limit is exercised on its own.
    const near = fc.record(
      {
        departments: fc.oneof(
          fc.array(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 4 }),
          fc.array(fc.string({ minLength: 1, maxLength: 2 }), { minLength: 200, maxLength: 201 }),
          fc.array(fc.oneof(fc.constant(''), fc.integer()), { minLength: 1, maxLength: 2 }),
          fc.string(),
        ),
        ledgerId: fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 3 }), fc.constant(''), fc.integer()),
        search: fc.oneof(
          fc.string({ maxLength: 3 }),
          fc.constant('x'.repeat(200)),
          fc.constant('x'.repeat(201)),
          fc.constant(null),
        ),
      },
      { requiredKeys: ['departments', 'ledgerId', 'search'] },
    );
    fc.assert(
      fc.property(fc.oneof(near, fc.anything()), (value) => {
        expect(isChecklistFilters(value)).toBe(checklistFilters.safeParse(value).success);
      }),
      { numRuns: 1000 },
    );
  });
});
