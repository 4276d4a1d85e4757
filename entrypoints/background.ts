import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';
import { onInstalled } from '../lib/background/install';
import { getDb } from '../lib/db/database';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => void onInstalled(getDb(), reason).catch((e) => console.warn('install', e)));
  startBackground();
});
