import { getDb } from '../lib/db/database';
import { seedLedgers } from '../lib/db/seed-ledgers';
import { bundledLedgers } from '../lib/ledger/bundled-seeds';

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    void seedLedgers(getDb(), bundledLedgers());
  });
});
