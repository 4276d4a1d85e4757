import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { seedLedgers } from '../db/seed-ledgers';
import { bundledDocuments } from '../ledger/bundled-documents';
import { bundledLedgers } from '../ledger/bundled-seeds';
import { bundledTargetRecords } from '../indicators/bundled-targets';
import { listIndicators } from '../indicators/catalog';
import { localDay } from '../model/calendar';
import { refreshBadge } from './badge';

/**
 * On install and on every update: load the bundled ledgers and documents (seedLedgers keeps what the user edited
 * or removed), then count the badge. First install only: open the options page's three-step guide (lib/ui/onboarding).
 */
export async function onInstalled(db: ReformDb, reason: string, now = Date.now()): Promise<void> {
  if (reason === 'install') void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#welcome` });
  const documents = bundledDocuments();
  await seedLedgers(db, bundledLedgers(), now, {
    documents,
    today: localDay(new Date(now)),
    targets: bundledTargetRecords(listIndicators(), documents, now),
  });
  await refreshBadge(db);
}
