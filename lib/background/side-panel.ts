import { browser } from 'wxt/browser';

export const OPEN_SIDE_PANEL_COMMAND = 'open-side-panel';

/**
 * The toolbar button keeps its popup; the side panel opens from the popup's pin button, the keyboard command
 * or a reminder. Opened for a window (not a tab), it stays while the user switches tabs.
 */
export async function configureSidePanel(): Promise<void> {
  await browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false });
  await browser.sidePanel.setOptions({ path: 'sidepanel.html', enabled: true });
}

/** Must run synchronously inside a user gesture (click, command): no await before it. */
export function openSidePanel(windowId: number): Promise<void> {
  return browser.sidePanel.open({ windowId });
}

export function onOpenSidePanelCommand(command: string, tab?: { windowId?: number }): void {
  if (command !== OPEN_SIDE_PANEL_COMMAND) return;
  openSidePanel(tab?.windowId ?? browser.windows.WINDOW_ID_CURRENT).catch((e: unknown) =>
    console.warn('sidePanel.open', e),
  );
}

/** From a notification click: the side panel if the browser allows it there, else the checklist in a tab. */
export async function openChecklistSomewhere(): Promise<void> {
  try {
    const win = await browser.windows.getLastFocused();
    if (win.id === undefined) throw new Error('no window');
    await openSidePanel(win.id);
  } catch {
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
  }
}
