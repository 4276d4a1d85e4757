import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CAPTURE_COMMAND,
  MENU_CAPTURE_TABLE,
  MENU_CAPTURE_TASK,
  createCaptureMenus,
  onCaptureCommand,
  onCaptureMenuClick,
} from '../../lib/background/capture';
import { getDb } from '../../lib/db/database';
import { readPendingCapture } from '../../lib/db/capture';
import { useZhMessages } from '../helpers/fake-i18n';

// fakeBrowser has no sidePanel, contextMenus, scripting or windows.create.
const open = vi.fn<(options: { windowId: number }) => Promise<void>>();
const executeScript = vi.fn<(options: unknown) => Promise<Array<{ result?: unknown }>>>();
const createWindow = vi.fn<(options: unknown) => Promise<unknown>>();
const menus: Array<{ id: string; title: string; contexts: string[] }> = [];

beforeEach(async () => {
  fakeBrowser.reset();
  open.mockReset();
  executeScript.mockReset();
  createWindow.mockReset().mockResolvedValue({});
  menus.length = 0;
  useZhMessages();
  Object.assign(fakeBrowser, {
    sidePanel: { open },
    scripting: { executeScript },
    contextMenus: {
      removeAll: async () => void (menus.length = 0),
      create: (m: { id: string; title: string; contexts: string[] }) => menus.push(m),
    },
  });
  Object.assign(fakeBrowser.windows, { create: createWindow });
  await settingsTable(getDb()).clear();
});
afterEach(() => vi.restoreAllMocks());

const tab = { id: 3, windowId: 7, title: '关于报送医改工作进展情况的通知', url: 'http://127.0.0.1:8080/notice.html' };

describe('context menu', () => {
  it('has 加入台账 on a selection and 导入页面上的表格 on a selection or the page', async () => {
    await createCaptureMenus();
    expect(menus.map((m) => [m.id, m.title, m.contexts])).toEqual([
      [MENU_CAPTURE_TASK, '加入台账', ['selection']],
      [MENU_CAPTURE_TABLE, '导入页面上的表格', ['selection', 'page']],
    ]);
  });

  it('加入台账 opens the side panel inside the click (before any await) and stores only selection, title and URL', async () => {
    open.mockResolvedValue(undefined);
    const done = onCaptureMenuClick({ menuItemId: MENU_CAPTURE_TASK, selectionText: '请各单位于12月10日前报送' }, tab);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await done;
    const pending = await readPendingCapture(getDb());
    expect(pending).toMatchObject({ selection: '请各单位于12月10日前报送', pageTitle: tab.title, url: tab.url });
    expect(Object.keys(pending!).sort()).toEqual(['at', 'pageTitle', 'selection', 'url']);
    // The page is asked only whether the selection spans a table (executeScript fails here: no table).
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('加入台账 on a selection spanning table rows sends that table to the import preview, not to a task', async () => {
    open.mockResolvedValue(undefined);
    const table = '<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>家庭医生签约</td></tr></table>';
    executeScript.mockImplementation(async (o) =>
      (o as { func: { name: string } }).func.name === 'selectionTableHtml' ? [{ result: table }] : [{ result: null }],
    );
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    // Chrome's selectionText of a table: line breaks turned into spaces.
    await onCaptureMenuClick(
      { menuItemId: MENU_CAPTURE_TASK, selectionText: '序号 任务 1 家庭医生签约', frameId: 0 },
      tab,
    );
    expect(await settings.pendingTable.getValue(getDb())).toMatchObject({ html: table, url: tab.url });
    expect(await readPendingCapture(getDb())).toBeNull();
    expect(created.mock.calls[0][0].url).toMatch(/options\.html#ledgers$/);
  });

  it('a tab/line grid selection goes to the import preview even when the page cannot be read', async () => {
    open.mockRejectedValue(new Error('no gesture'));
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await onCaptureMenuClick(
      { menuItemId: MENU_CAPTURE_TASK, selectionText: '序号\t任务\t牵头部门\n1\t推进<签约>\t市卫健委' },
      tab,
    );
    const html = ((await settings.pendingTable.getValue(getDb())) as { html: string }).html;
    expect(html).toBe(
      '<table><tr><td>序号</td><td>任务</td><td>牵头部门</td></tr><tr><td>1</td><td>推进&lt;签约&gt;</td><td>市卫健委</td></tr></table>',
    );
    // No task form, and no capture window for it.
    expect(await readPendingCapture(getDb())).toBeNull();
    expect(createWindow).not.toHaveBeenCalled();
  });

  it('opens the form in a popup window when the side panel cannot open', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    open.mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture'));
    await onCaptureMenuClick({ menuItemId: MENU_CAPTURE_TASK, selectionText: 'x' }, tab);
    expect(createWindow).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringMatching(/sidepanel\.html#capture$/) }),
    );
    expect((await readPendingCapture(getDb()))?.selection).toBe('x');
  });

  it('导入页面上的表格 hands the selected table to the import panel (capture.pendingTable) and opens options.html#ledgers', async () => {
    executeScript.mockResolvedValue([{ result: '<table><tr><td>任务</td></tr></table>' }]);
    await onCaptureMenuClick({ menuItemId: MENU_CAPTURE_TABLE, selectionText: '任务', frameId: 0 }, tab);
    expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 3, frameIds: [0] } }));
    const row = await settingsTable(getDb()).get(settings.pendingTable.key);
    expect(row?.value).toEqual({
      html: '<table><tr><td>任务</td></tr></table>',
      pageTitle: tab.title,
      url: tab.url,
      at: expect.any(Number),
    });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/options.html#ledgers',
    );
    expect(await readPendingCapture(getDb())).toBeNull();
  });

  it('with no table in the selection, the text becomes a task form that says so', async () => {
    executeScript.mockResolvedValue([{ result: null }]);
    open.mockResolvedValue(undefined);
    await onCaptureMenuClick({ menuItemId: MENU_CAPTURE_TABLE, selectionText: '请于本月底前报送' }, tab);
    expect(await settingsTable(getDb()).get(settings.pendingTable.key)).toBeUndefined();
    expect(await readPendingCapture(getDb())).toMatchObject({ selection: '请于本月底前报送', tableNotFound: true });
  });
});

describe('capture command', () => {
  it('opens the side panel at once and stores the selection read from the active tab', async () => {
    open.mockResolvedValue(undefined);
    executeScript.mockImplementation(async (o) =>
      (o as { func: { name: string } }).func.name === 'selectionText'
        ? [{ result: '请于下周五前报送\n县医改办' }]
        : [{ result: null }],
    );
    const done = onCaptureCommand(CAPTURE_COMMAND, tab);
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    await done;
    expect((await readPendingCapture(getDb()))?.selection).toBe('请于下周五前报送\n县医改办');
  });

  it('a page that cannot be scripted still gets an empty form, and other commands are ignored', async () => {
    open.mockResolvedValue(undefined);
    executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await onCaptureCommand(CAPTURE_COMMAND, tab);
    expect((await readPendingCapture(getDb()))?.selection).toBe('');
    open.mockClear();
    await onCaptureCommand('open-side-panel', tab);
    expect(open).not.toHaveBeenCalled();
  });
});
