import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { DAILY_ALARM, REMINDER_ALARM, ensureDailyAlarm, ensureReminderAlarm } from './alarms';
import { badgeCounts, refreshBadge, showBadge } from './badge';
import { CHECKLIST_CHANGED, REMINDER_SETTINGS_CHANGED, SEND_REMINDER_NOW, isBackgroundMessage } from './messages';
import { REMINDER_NOTIFICATION_ID, showReminder } from './reminder';
import { REPORT_NOTIFICATION_ID, showReportReminder } from './report-reminder';
import { configureSidePanel, onOpenSidePanelCommand, openChecklistSomewhere } from './side-panel';
import { onCaptureCommand, onCaptureMenuClick } from './capture';

function report(what: string) {
  return (e: unknown) => console.warn(what, e);
}

async function onAlarm(alarm: { name: string; scheduledTime: number }): Promise<void> {
  const db = getDb();
  if (alarm.name === DAILY_ALARM) await refreshBadge(db);
  if (alarm.name === REMINDER_ALARM) {
    await showReminder(db);
    // The report due day's reminder rides the same daily alarm (and the same on/off switch and time).
    await showReportReminder(db);
    // From a minute past the firing, so an alarm that fires a little early cannot schedule the same moment again.
    await ensureReminderAlarm(db, new Date(Math.max(Date.now(), alarm.scheduledTime + 60_000)));
  }
}

async function onMessage(message: unknown): Promise<void> {
  if (!isBackgroundMessage(message)) return;
  const db = getDb();
  if (message.type === CHECKLIST_CHANGED) await refreshBadge(db);
  if (message.type === REMINDER_SETTINGS_CHANGED) await Promise.all([ensureReminderAlarm(db), refreshBadge(db)]);
  if (message.type === SEND_REMINDER_NOW) await showReminder(db);
}

/**
 * Listeners are registered synchronously on every worker start (MV3 wakes the worker for them); state lives in
 * IndexedDB and chrome.alarms, never in globals.
 */
export function startBackground(): void {
  browser.commands.onCommand.addListener(onOpenSidePanelCommand);
  browser.commands.onCommand.addListener(
    (command, tab) => void onCaptureCommand(command, tab).catch(report('capture command')),
  );
  browser.contextMenus.onClicked.addListener(
    (info, tab) => void onCaptureMenuClick(info, tab).catch(report('capture menu')),
  );
  // The same handlers Chrome calls, reachable from the worker's console and from e2e tests (Playwright cannot click
  // a native context menu). Only extension code runs in this global.
  Object.assign(globalThis, { reformLedgerCapture: { onCaptureMenuClick, onCaptureCommand } });
  browser.alarms.onAlarm.addListener((alarm) => void onAlarm(alarm).catch(report('alarm')));
  browser.runtime.onMessage.addListener((message) => {
    // Returning the promise keeps the worker alive until the badge is set.
    if (isBackgroundMessage(message)) return onMessage(message).catch(report('message'));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === REPORT_NOTIFICATION_ID) {
      void browser.notifications.clear(id);
      void browser.tabs.create({ url: browser.runtime.getURL('/options.html#report') }).catch(report('open report'));
      return;
    }
    if (id !== REMINDER_NOTIFICATION_ID) return;
    void browser.notifications.clear(id);
    void openChecklistSomewhere().catch(report('open checklist'));
  });
  browser.runtime.onStartup.addListener(() => void refreshBadge(getDb()).catch(report('badge')));

  const db = getDb();
  void configureSidePanel().catch(report('side panel'));
  void ensureDailyAlarm().catch(report('daily alarm'));
  void ensureReminderAlarm(db).catch(report('reminder alarm'));
  // While the worker is awake it also sees writes from pages that send no message (other features).
  liveQuery(() => badgeCounts(db)).subscribe({
    next: (c) => void showBadge(c).catch(report('badge')),
    error: report('badge'),
  });
}
