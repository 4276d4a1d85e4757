import { describe, expect, it } from 'vitest';
import {
  aliasLookup,
  departmentRole,
  resolveDepartment,
  resolveDepartments,
  spellingsOf,
} from '../../lib/model/department-aliases';

const lookup = aliasLookup([
  { alias: '财政局', canonical: '市财政局' },
  { alias: '市财政局（国资委）', canonical: '市财政局' },
  { alias: '卫健委', canonical: '市卫生健康委' },
]);

describe('resolving department names', () => {
  it('gives an alias its unit and a name without alias itself', () => {
    expect(resolveDepartment('财政局', lookup)).toBe('市财政局');
    expect(resolveDepartment('市财政局（国资委）', lookup)).toBe('市财政局');
    expect(resolveDepartment('市财政局', lookup)).toBe('市财政局');
    expect(resolveDepartment(' 医保局 ', lookup)).toBe('医保局');
  });

  it('follows a chain from a restored table and stops on a loop', () => {
    const chain = aliasLookup([
      { alias: 'A局', canonical: 'B局' },
      { alias: 'B局', canonical: 'C局' },
    ]);
    expect(resolveDepartment('A局', chain)).toBe('C局');
    const loop = aliasLookup([
      { alias: 'A局', canonical: 'B局' },
      { alias: 'B局', canonical: 'A局' },
    ]);
    expect(resolveDepartment('A局', loop)).toBe('A局');
    expect(resolveDepartment('B局', loop)).toBe('B局');
  });

  it('lists each unit once, in first-seen order', () => {
    expect(resolveDepartments(['财政局', '医保局', '市财政局', '市财政局（国资委）'], lookup)).toEqual([
      '市财政局',
      '医保局',
    ]);
  });

  it('widens chosen units to all their spellings', () => {
    expect(spellingsOf(['市财政局'], lookup).sort()).toEqual(['市财政局', '市财政局（国资委）', '财政局'].sort());
    // Chosen under an old name: the whole unit still.
    expect(spellingsOf(['财政局'], lookup).sort()).toEqual(['市财政局', '市财政局（国资委）', '财政局'].sort());
    expect(spellingsOf(['医保局'], lookup)).toEqual(['医保局']);
    expect(spellingsOf([], lookup)).toEqual([]);
  });

  it('says whether my department leads or partners, lead first', () => {
    const mine = new Set(spellingsOf(['市财政局'], lookup));
    expect(departmentRole({ lead: ['财政局'], partners: [] }, mine)).toBe('lead');
    expect(departmentRole({ lead: ['卫健局'], partners: ['市财政局（国资委）'] }, mine)).toBe('partner');
    expect(departmentRole({ lead: ['市财政局'], partners: ['财政局'] }, mine)).toBe('lead');
    expect(departmentRole({ lead: ['卫健局'], partners: ['医保局'] }, mine)).toBeNull();
    expect(departmentRole({ lead: ['医保局'], partners: [] }, ['医保局'])).toBe('lead');
  });
});
