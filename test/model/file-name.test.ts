import { describe, expect, it } from 'vitest';
import { fileName } from '../../lib/model/file-name';

const utf8 = (s: string) => new TextEncoder().encode(s).length;

describe('fileName', () => {
  it('joins the parts and replaces what Windows refuses in a name', () => {
    expect(fileName(['县医改办', '2026年11月/12月', '通报'], 'xlsx')).toBe('县医改办_2026年11月_12月_通报.xlsx');
    expect(fileName(['a:b', ' ', 'c'], 'csv')).toBe('a_b_c.csv');
  });

  it('cuts a long Chinese title so Chromium keeps the name (255 bytes at most) and the extension stays', () => {
    const title = '关于印发深化医药卫生体制改革近期重点工作任务分工方案的通知'.repeat(4);
    const name = fileName([title, '2026年第四季度', '各单位完成情况_已完成按时逾期_单位项'], 'png');
    expect(utf8(name)).toBeLessThanOrEqual(200);
    expect(name.endsWith('.png')).toBe(true);
    expect(name.startsWith('关于印发深化医药卫生体制改革')).toBe(true);
  });
});
