import { browser } from 'wxt/browser';

/**
 * Pages tell the service worker that tasks or checklist settings changed: a message wakes a sleeping worker,
 * which a write to IndexedDB does not.
 */
export const CHECKLIST_CHANGED = 'checklist:changed';
export const REMINDER_SETTINGS_CHANGED = 'checklist:reminder-settings';
export const SEND_REMINDER_NOW = 'checklist:remind-now';

export type BackgroundMessage = {
  type: typeof CHECKLIST_CHANGED | typeof REMINDER_SETTINGS_CHANGED | typeof SEND_REMINDER_NOW;
};

export function isBackgroundMessage(value: unknown): value is BackgroundMessage {
  const type = (value as { type?: unknown } | null)?.type;
  return type === CHECKLIST_CHANGED || type === REMINDER_SETTINGS_CHANGED || type === SEND_REMINDER_NOW;
}

export async function tellBackground(type: BackgroundMessage['type']): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type } satisfies BackgroundMessage);
  } catch (e) {
    // The worker is being replaced (update, reload): it refreshes everything when it starts again.
    console.warn('background message', type, e);
  }
}
