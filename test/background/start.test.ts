import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../lib/db/database';
import { DAILY_ALARM, REMINDER_ALARM } from '../../lib/background/alarms';
import { CHECKLIST_CHANGED } from '../../lib/background/messages';
import { startBackground } from '../../lib/background/start';
import { localDay, addDays } from '../../lib/model/calendar';
import { makeTask } from '../checklist/task-fixture';
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
  await getDb().tasks.clear();
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
});
