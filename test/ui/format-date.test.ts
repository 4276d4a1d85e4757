import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/ui/format-date';

describe('formatDate', () => {
  it('writes dates the Chinese way in zh-CN, without leading zeros', () => {
    expect(formatDate('2025-03-31', 'zh-CN')).toBe('2025年3月31日');
    expect(formatDate('2021-12-05', 'zh_CN')).toBe('2021年12月5日');
  });

  it('writes dates the English way in other locales', () => {
    expect(formatDate('2025-03-31', 'en')).toBe('Mar 31, 2025');
    expect(formatDate('2016-01-09', 'en-US')).toBe('Jan 9, 2016');
  });

  it('leaves text that is not an ISO date untouched', () => {
    expect(formatDate('', 'zh-CN')).toBe('');
    expect(formatDate('年底前', 'zh-CN')).toBe('年底前');
    expect(formatDate('2025-13-01', 'en')).toBe('2025-13-01');
  });
});
