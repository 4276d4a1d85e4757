import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getIndicator } from '../../../lib/indicators/catalog';
import { indicatorRows } from '../../../lib/export/indicator-rows';
import { REPORT_WORDING, screenWording } from '../../../lib/ui/export/table-wording';
import { useMessages } from '../../helpers/fake-i18n';

afterEach(() => fakeBrowser.reset());

const fee = getIndicator('elderly-signing-fee-per-capita')!;
const unit = { id: 'u1', name: '某县', parentId: null, createdAt: 1 } as never;
const [row] = indicatorRows({ defs: [fee], units: [unit], figures: [], unitIds: ['u1'], month: '2026-11', last: null });

describe('export tables: the screen speaks the UI language, the print view stays the Chinese report', () => {
  it('names the indicator, its target, status and total row in English on an English screen', () => {
    useMessages('en');
    const screen = screenWording([fee]);
    expect(screen.indicatorName(row)).toBe(fee.nameEn);
    expect(screen.target(row)).toBe('≥ 140 yuan per person per year');
    expect(screen.status(row.status)).toBe('No data');
    expect(screen.totalName('合计')).toBe('Total');
    expect(screen.summaryHeads.join(' ')).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the report’s Chinese in the print view whatever the browser’s language', () => {
    useMessages('en');
    expect(REPORT_WORDING.indicatorName(row)).toBe('60岁及以上老年人家庭医生签约服务费');
    expect(REPORT_WORDING.target(row)).toBe('≥ 140 元/人/年');
    expect(REPORT_WORDING.status(row.status)).toBe('无数据');
    expect(REPORT_WORDING.summaryHeads[0]).toBe('名称');
  });

  it('words the Chinese screen as the report does', () => {
    useMessages('zh_CN');
    const screen = screenWording([fee]);
    expect(screen.indicatorName(row)).toBe(REPORT_WORDING.indicatorName(row));
    expect(screen.target(row)).toBe(REPORT_WORDING.target(row));
    expect(screen.status(row.status)).toBe(REPORT_WORDING.status(row.status));
    expect(screen.summaryHeads).toEqual([...REPORT_WORDING.summaryHeads]);
  });
});
