import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../lib/db/database';
import { DAILY_ALARM, REMINDER_ALARM } from '../../lib/background/alarms';
import { CHECKLIST_CHANGED } from '../../lib/background/messages';
import { startBackground } from '../../lib/background/start';
import { localDay, addDays } from '../../lib/model/calendar';
import { makeLedger, makeTask } from '../checklist/task-fixture';
import { REPORT_NOTIFICATION_ID } from '../../lib/background/report-reminder';
import { useZhMessages } from '../helpers/fake-i18n';

const sidePanel = {
  setPanelBehavior: vi.fn(async () => {}),
  setOptions: vi.fn(async () => {}),
  open: vi.fn(async () => {}),
};

beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
  // fakeBrowser implements neither sidePanel, contextMenus nor commands.
  Object.assign(fakeBrowser, { sidePanel, contextMenus: { onClicked: { addListener: vi.fn() } } });
  vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => {});
});
afterEach(async () => {
  vi.useRealTimers();
  await getDb().tasks.clear();
  await getDb().ledgers.clear();
});

describe('service worker start', () => {
  it('creates the daily and reminder alarms, keeps the side panel off the toolbar click, keeps the badge current after a page writes', async () => {
    startBackground();
    await vi.waitFor(async () => {
      expect(await fakeBrowser.alarms.get(DAILY_ALARM)).toBeDefined();
      expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
    });
    expect(sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: false });

    await getDb().tasks.bulkAdd([
      makeTask({ due: addDays(localDay(), -1) }),
      makeTask({ due: addDays(localDay(), 1) }),
    ]);
    await fakeBrowser.runtime.onMessage.trigger({ type: CHECKLIST_CHANGED }, {});
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
  });

  it('the daily reminder alarm also shows the report reminder in the days before the cycle due day', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 23, 9, 0));
    await getDb().ledgers.add(makeLedger('ledger-r', '某县医改台账'));
    await getDb().tasks.add(makeTask({ ledgerId: 'ledger-r', lead: ['县医保局'], due: '2027-06-30' }));
    startBackground();
    await fakeBrowser.alarms.onAlarm.trigger({ name: REMINDER_ALARM, scheduledTime: Date.now() });
    await vi.waitFor(async () => {
      const shown = (await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>;
      expect(shown[REPORT_NOTIFICATION_ID]).toMatchObject({
        title: '报送提醒：2026年11月工作进展请于 2026-11-25 前报送（还有 2 天）',
        message: '《某县医改台账》未报送：县医保局',
      });
    });
  });
});
