import { browser } from 'wxt/browser';
import { getDb } from '../db/database';
import { boundedCapture, writePendingCapture, writePendingTable } from '../db/capture';
import { t } from '../i18n/t';
import { openSidePanel } from './side-panel';
import { selectedTableHtml, selectionTableHtml, selectionText } from './page-reads';
import { gridHtml, selectionGrid } from '../ledger/selection-grid';

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
    await openCaptureWindow();
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

/** A table for the import preview (the clipboard HTML path), opened on the options page's 台账 tab. */
async function sendToImport(html: string, tab: MenuTab | undefined): Promise<void> {
  await writePendingTable(getDb(), {
    html,
    pageTitle: (tab?.title ?? '').slice(0, 500),
    url: (tab?.url ?? '').slice(0, 2000),
    at: Date.now(),
  });
  await browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#ledgers` });
}

async function captureTable(info: MenuInfo, tab: MenuTab | undefined): Promise<void> {
  const html = await runInTab(tab, info.frameId, selectedTableHtml);
  if (html) return sendToImport(html, tab);
  // No table found: the selection still becomes a task form, which says why.
  await Promise.all([showCaptureForm(tab), storeCapture(info.selectionText, tab, { tableNotFound: true })]);
}

/**
 * "加入台账" on a selection: a selection that is a table (it spans rows of a table on the page, or its text is a
 * tab/line grid) goes to the import preview; anything else becomes the task form. The side panel is asked to open
 * first, while the click still counts as a user gesture; the popup-window fallback opens only for a task.
 */
async function captureSelection(
  tab: MenuTab | undefined,
  frameId: number | undefined,
  text: Promise<string | undefined>,
): Promise<void> {
  const windowId = tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT;
  const panel = openSidePanel(windowId).then(
    () => true,
    (e: unknown) => {
      console.warn('sidePanel.open', e);
      return false;
    },
  );
  // The context menu's selectionText has its line breaks turned into spaces, so the page is asked first.
  const [html, selection] = await Promise.all([runInTab(tab, frameId, selectionTableHtml), text]);
  const grid = html ? null : selectionGrid(selection);
  const table = html ?? (grid ? gridHtml(grid) : null);
  if (table) {
    await Promise.all([panel, sendToImport(table, tab)]);
    return;
  }
  await storeCapture(selection ?? '', tab);
  if (!(await panel)) await openCaptureWindow();
}

function openCaptureWindow() {
  return browser.windows.create({
    url: `${browser.runtime.getURL('/sidepanel.html')}#capture`,
    type: 'popup',
    width: 440,
    height: 680,
  });
}

export function onCaptureMenuClick(info: MenuInfo, tab?: MenuTab): Promise<void> {
  if (info.menuItemId === MENU_CAPTURE_TASK)
    return captureSelection(tab, info.frameId, Promise.resolve(info.selectionText));
  if (info.menuItemId === MENU_CAPTURE_TABLE) return captureTable(info, tab);
  return Promise.resolve();
}

export function onCaptureCommand(command: string, tab?: MenuTab): Promise<void> {
  if (command !== CAPTURE_COMMAND) return Promise.resolve();
  return captureSelection(
    tab,
    0,
    runInTab(tab, 0, selectionText).then((text) => text ?? ''),
  );
}
