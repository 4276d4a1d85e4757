import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { getCycle, loadReminderLedgers } from '../db/reports';
import { localDay } from '../model/calendar';
import { reportReminder, type ReminderItem } from '../report/reminder';
import { t, tn } from '../i18n/t';
import { ICON_URL } from './reminder';

export const REPORT_NOTIFICATION_ID = 'report-reminder';
const NAMED = 3;
const LINES = 3;

function line(item: ReminderItem): string {
  const names = item.missing.slice(0, NAMED).join('、');
  const more = item.missing.length > NAMED ? tn('prMore', item.missing.length) : '';
  return t(item.kind === 'departments' ? 'prLineDepartments' : 'prLineTasks', [item.ledgerTitle, names + more]);
}

/**
 * Before the cycle's report due day (remindDays days before it, up to the day itself): a notification naming the
 * period and what is not reported yet. Nothing missing, or outside those days → nothing shown. Returns whether it showed.
 */
export async function showReportReminder(db: ReformDb, today: string = localDay()): Promise<boolean> {
  const [cycle, ledgers] = await Promise.all([getCycle(db), loadReminderLedgers(db)]);
  const due = reportReminder(cycle, today, ledgers);
  if (!due) return false;
  const when = due.daysLeft === 0 ? t('prDueToday') : tn('prDaysLeft', due.daysLeft);
  await browser.notifications.create(REPORT_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: (browser.runtime.getURL as (path: string) => string)(ICON_URL),
    title: t('prReminderTitle', [due.period.label, due.period.due, when]),
    message: due.items.slice(0, LINES).map(line).join('\n'),
    priority: 1,
  });
  return true;
}
