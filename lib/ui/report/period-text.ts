import { t } from '../../i18n/t';
import type { ReportPeriod } from '../../report/form-types';
import type { ReportCycle } from '../../report/period';
import { formatDate, formatMonth } from '../format-date';

/**
 * The period and cycle as the page names them, in the UI's language. Forms, packages and file names keep
 * `period.label` (2026年12月): reports handed in stay Chinese.
 */
export function periodText(period: Pick<ReportPeriod, 'start' | 'end'>): string {
  const first = period.start.slice(0, 7);
  if (first === period.end.slice(0, 7)) return formatMonth(first, t('uiLanguage'));
  const quarter = Math.floor((Number(first.slice(5, 7)) - 1) / 3) + 1;
  return t('rpQuarterText', [first.slice(0, 4), String(quarter)]);
}

/** 每月25日前 / by the 25th of each month. */
export const cycleText = (cycle: ReportCycle): string =>
  t(cycle.kind === 'month' ? 'rpCycleMonthText' : 'rpCycleQuarterText', String(cycle.dueDay));

export const dueDayText = (iso: string): string => formatDate(iso, t('uiLanguage'));
