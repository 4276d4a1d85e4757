import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { dueStatus } from '../model/due-status';
import { localDay } from '../model/calendar';
import type { ChecklistRow } from '../checklist/sections';
import { t, tn } from '../i18n/t';
import { settings } from '../db/setting-keys';
import { dueSoon, myDepartments } from './due-soon';

export const REMINDER_NOTIFICATION_ID = 'checklist-reminder';
export const ICON_URL = '/icons/128.png';
const NAMED_TASKS = 3;

function statusText(row: ChecklistRow, today: string): string {
  const s = dueStatus(row.due, today);
  if (s.kind === 'overdue') return tn('clDueOverdue', s.days);
  if (s.kind === 'today') return t('clDueToday');
  return tn('clDueLeft', s.days);
}

/** Shows the daily reminder naming what is due soon; nothing due → no notification. Returns whether it showed. */
export async function showReminder(db: ReformDb, today: string = localDay()): Promise<boolean> {
  const [days, mine] = await Promise.all([settings.badgeDays.getValue(db), myDepartments(db)]);
  const { counts, rows } = await dueSoon(db, { today, days, ...mine, lineLimit: NAMED_TASKS });
  if (counts.overdue + counts.soon === 0) return false;
  const lines = rows.map((r) => `· ${r.task.title}（${statusText(r, today)}）`);
  await browser.notifications.create(REMINDER_NOTIFICATION_ID, {
    type: 'basic',
    // The icon is copied in by wxt.config.ts, so WXT's list of public paths does not know it.
    iconUrl: (browser.runtime.getURL as (path: string) => string)(ICON_URL),
    title: t('clReminderTitle', [String(counts.overdue), String(counts.soon), String(days)]),
    message: lines.join('\n'),
    priority: 1,
  });
  return true;
}
