import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onOpenSidePanelCommand, openChecklistSomewhere } from '../../lib/background/side-panel';

// fakeBrowser does not implement sidePanel.
const open = vi.fn<(options: { windowId: number }) => Promise<void>>();
beforeEach(() => {
  fakeBrowser.reset();
  open.mockReset();
  Object.assign(fakeBrowser, { sidePanel: { open } });
});

describe('side panel', () => {
  it('opens for the window of the keyboard command, synchronously inside the command handler', () => {
    open.mockResolvedValue(undefined);
    onOpenSidePanelCommand('open-side-panel', { windowId: 7 });
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    onOpenSidePanelCommand('something-else', { windowId: 7 });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('a reminder click opens the side panel, or the checklist in a tab when the panel cannot open', async () => {
    vi.spyOn(fakeBrowser.windows, 'getLastFocused').mockResolvedValue({ id: 7 } as never);
    open.mockResolvedValueOnce(undefined);
    await openChecklistSomewhere();
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).not.toContain(
      'chrome-extension://test-extension-id/popup.html',
    );

    open.mockRejectedValueOnce(new Error('needs a user gesture'));
    await openChecklistSomewhere();
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(
      'chrome-extension://test-extension-id/popup.html',
    );
  });
});
