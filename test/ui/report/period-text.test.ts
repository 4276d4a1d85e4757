import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { periodOf, type ReportCycle } from '../../../lib/report/period';
import { cycleText, dueDayText, periodText } from '../../../lib/ui/report/period-text';
import { useMessages } from '../../helpers/fake-i18n';

afterEach(() => fakeBrowser.reset());

const monthly: ReportCycle = { kind: 'month', dueDay: 25, remindDays: 3 };
const quarterly: ReportCycle = { kind: 'quarter', dueDay: 31, remindDays: 5 };

describe('the report tab names periods and cycles in the UI language', () => {
  it('words them as a notice does in Chinese, the same text the forms carry', () => {
    useMessages('zh_CN');
    const month = periodOf(monthly, '2026-12-03');
    expect(periodText(month)).toBe(month.label);
    expect(periodText(month)).toBe('2026年12月');
    const quarter = periodOf(quarterly, '2026-11-03');
    expect(periodText(quarter)).toBe(quarter.label);
    expect(cycleText(monthly)).toBe('每月25日前');
    expect(cycleText(quarterly)).toBe('每季度末月31日前');
  });

  it('has no Chinese in English, while the period’s label for files stays Chinese', () => {
    useMessages('en');
    const month = periodOf(monthly, '2026-12-03');
    expect(periodText(month)).toBe('Dec 2026');
    expect(month.label).toBe('2026年12月');
    expect(periodText(periodOf(quarterly, '2026-11-03'))).toBe('Q4 2026');
    expect(cycleText(monthly)).toBe('by day 25 of each month');
    expect(dueDayText(month.due)).toBe('Dec 25, 2026');
  });
});
