import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { boundedCapture, writePendingCapture, writePendingTable } from '../db/capture';
import { t } from '../i18n/t';
import { openSidePanel } from './side-panel';
import { selectedTableHtml, selectionText } from './page-reads';

/**
 * "加入台账" and "导入页面上的表格" in the page's context menu, and the keyboard command that captures the
 * selection. The menu hands over only the selection text and the tab's title and URL; the table item and the
 * command read the page once, in the tab the user acted on, through activeTab (granted by that click or key
 * press only) — no host permission, no content script.
 */
export const MENU_CAPTURE_TASK = 'capture-task';
export const MENU_CAPTURE_TABLE = 'capture-table';
export const CAPTURE_COMMAND = 'capture-selection';

export interface MenuInfo {
  menuItemId: string | number;
  selectionText?: string;
  frameId?: number;
}
export interface MenuTab {
  id?: number;
  windowId?: number;
  title?: string;
  url?: string;
}

/** Created on install and update; Chrome keeps context menus across service-worker restarts. */
export async function createCaptureMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_CAPTURE_TASK, title: t('capMenuTask'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_CAPTURE_TABLE, title: t('capMenuTable'), contexts: ['selection', 'page'] });
}

/**
 * The form is the side panel's; in a window of its own (sidepanel.html#capture) when the panel cannot open.
 * Opens the side panel while the click still counts as a user gesture (so before any await), or the form in a
 * popup window when the panel cannot open. Resolves once one of them is on its way.
 */
export function showCaptureForm(tab: MenuTab | undefined): Promise<void> {
  const windowId = tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT;
  return openSidePanel(windowId).catch(async (e: unknown) => {
    console.warn('sidePanel.open', e);
    await browser.windows.create({
      url: `${browser.runtime.getURL('/sidepanel.html')}#capture`,
      type: 'popup',
      width: 440,
      height: 680,
    });
  });
}

async function runInTab<T>(tab: MenuTab | undefined, frameId: number | undefined, func: () => T): Promise<T | null> {
  if (tab?.id === undefined) return null;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [frameId ?? 0] },
      func,
    });
    return (result?.result as T | undefined) ?? null;
  } catch (e) {
    // chrome:// pages, the web store, PDFs and pages of other extensions cannot be scripted.
    console.warn('scripting.executeScript', e);
    return null;
  }
}

async function storeCapture(
  selection: string | undefined,
  tab: MenuTab | undefined,
  extra: { tableNotFound?: boolean } = {},
) {
  const pending = { ...boundedCapture({ selection, pageTitle: tab?.title, url: tab?.url }, Date.now()), ...extra };
  await writePendingCapture(getDb(), pending);
}

async function captureTable(info: MenuInfo, tab: MenuTab | undefined): Promise<void> {
  const html = await runInTab(tab, info.frameId, selectedTableHtml);
  if (html) {
    await writePendingTable(getDb(), {
      html,
      pageTitle: (tab?.title ?? '').slice(0, 500),
      url: (tab?.url ?? '').slice(0, 2000),
      at: Date.now(),
    });
    await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#ledgers` });
    return;
  }
  // No table found: the selection still becomes a task form, which says why.
  await Promise.all([showCaptureForm(tab), storeCapture(info.selectionText, tab, { tableNotFound: true })]);
}

export function onCaptureMenuClick(info: MenuInfo, tab?: MenuTab): Promise<void> {
  if (info.menuItemId === MENU_CAPTURE_TASK) {
    const shown = showCaptureForm(tab);
    return Promise.all([shown, storeCapture(info.selectionText, tab)]).then(() => undefined);
  }
  if (info.menuItemId === MENU_CAPTURE_TABLE) return captureTable(info, tab);
  return Promise.resolve();
}

export function onCaptureCommand(command: string, tab?: MenuTab): Promise<void> {
  if (command !== CAPTURE_COMMAND) return Promise.resolve();
  const shown = showCaptureForm(tab);
  const stored = runInTab(tab, 0, selectionText).then((text) => storeCapture(text ?? '', tab));
  return Promise.all([shown, stored]).then(() => undefined);
}
