import { dueStatus } from '../../model/due-status';
import type { ChecklistRow } from '../../checklist/sections';
import { t } from '../../i18n/t';

/** "逾期 N 天" / "今天到期" / "还剩 N 天" and the class that colours it; '' for rows without a date. */
export function dueText(row: ChecklistRow, today: string): { text: string; tone: 'overdue' | 'soon' | 'later' | '' } {
  if (row.due === '') return { text: '', tone: '' };
  const s = dueStatus(row.due, today);
  if (s.kind === 'overdue') return { text: t('clDueOverdue', String(s.days)), tone: 'overdue' };
  if (s.kind === 'today') return { text: t('clDueToday'), tone: 'soon' };
  return { text: t('clDueLeft', String(s.days)), tone: s.days <= 7 ? 'soon' : 'later' };
}
