import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';
import { createCaptureMenus } from '../lib/background/capture';
import { refreshBadge } from '../lib/background/badge';
import { getDb } from '../lib/db/database';
import { seedLedgers } from '../lib/db/seed-ledgers';
import { bundledLedgers } from '../lib/ledger/bundled-seeds';
import { bundledDocuments } from '../lib/ledger/bundled-documents';
import { localDay } from '../lib/model/days';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void seedLedgers(getDb(), bundledLedgers(), Date.now(), { documents: bundledDocuments(), today: localDay() }).then(() => refreshBadge(getDb()));
    void createCaptureMenus().catch((e: unknown) => console.warn('context menus', e));
    // First install only: the options page's three-step guide (lib/ui/onboarding).
    if (reason === 'install') void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#welcome` });
  });
  startBackground();
});
