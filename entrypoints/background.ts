import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';
import { createCaptureMenus } from '../lib/background/capture';
import { onInstalled } from '../lib/background/install';
import { getDb } from '../lib/db/database';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void onInstalled(getDb(), reason).catch((e: unknown) => console.warn('install', e));
    void createCaptureMenus().catch((e: unknown) => console.warn('context menus', e));
  });
  startBackground();
});
