import { describe, expect, it } from 'vitest';
import { proposeAliases, splitRegion, withoutBracket } from '../../lib/ledger/alias-proposals';

describe('alias proposals', () => {
  it('proposes names that differ only by the region prefix or a bracket, most specific name kept', () => {
    expect(proposeAliases(['财政局', '市财政局', '市财政局（国资委）', '医保局'])).toEqual([
      { canonical: '市财政局', aliases: ['财政局', '市财政局（国资委）'] },
    ]);
    expect(proposeAliases(['县卫健局', '卫健局', '人社局'])).toEqual([{ canonical: '县卫健局', aliases: ['卫健局'] }]);
    expect(proposeAliases(['浙江省杭州市财政局', '财政局'])).toEqual([
      { canonical: '浙江省杭州市财政局', aliases: ['财政局'] },
    ]);
    expect(proposeAliases(['市委组织部', '组织部'])).toEqual([{ canonical: '市委组织部', aliases: ['组织部'] }]);
    expect(proposeAliases(['医保局', '医保局(医疗保障局)'])).toEqual([
      { canonical: '医保局', aliases: ['医保局(医疗保障局)'] },
    ]);
  });

  it('never merges two regions: 市财政局 and 县财政局 are two units, and a bare 财政局 beside both is left alone', () => {
    expect(proposeAliases(['市财政局', '县财政局'])).toEqual([]);
    expect(proposeAliases(['市财政局', '县财政局', '财政局'])).toEqual([]);
    // Each region's own bracketed spelling still joins it.
    expect(proposeAliases(['市财政局', '县财政局', '县财政局（国资办）'])).toEqual([
      { canonical: '县财政局', aliases: ['县财政局（国资办）'] },
    ]);
  });

  it('does not take words that begin like a place for a region', () => {
    expect(splitRegion('市场监督管理局')).toEqual({ region: '', rest: '市场监督管理局' });
    expect(proposeAliases(['市场监督管理局', '场监督管理局'])).toEqual([]);
    expect(proposeAliases(['市市场监督管理局', '市场监督管理局'])).toEqual([
      { canonical: '市市场监督管理局', aliases: ['市场监督管理局'] },
    ]);
    expect(splitRegion('社区卫生服务中心')).toEqual({ region: '', rest: '社区卫生服务中心' });
    expect(splitRegion('县医院')).toEqual({ region: '县', rest: '医院' });
    expect(withoutBracket('（注）')).toBe('（注）');
  });

  it('does not offer again what the aliases already merged', () => {
    const existing = [
      { alias: '财政局', canonical: '市财政局' },
      { alias: '市财政局（国资委）', canonical: '市财政局' },
    ];
    expect(proposeAliases(['财政局', '市财政局', '市财政局（国资委）'], existing)).toEqual([]);
    // A new spelling joins the merged unit.
    expect(proposeAliases(['财政局', '市财政局', '市财政局(国资委)'], existing)).toEqual([
      { canonical: '市财政局', aliases: ['市财政局(国资委)'] },
    ]);
  });

  it('never throws on odd names', () => {
    expect(proposeAliases(['', '市', '（）', '县县县', '区'.repeat(500)])).toEqual(expect.any(Array));
  });
});
