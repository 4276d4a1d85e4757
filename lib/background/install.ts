import { browser } from 'wxt/browser';
import type { ReformDb } from '../db/database';
import { seedLedgers } from '../db/seed-ledgers';
import { bundledLedgers } from '../ledger/bundled-seeds';
import { refreshBadge } from './badge';

/**
 * On install and on every update: load the bundled ledgers (seedLedgers keeps what the user edited or removed),
 * then count the badge. First install only: open the options page's three-step guide (lib/ui/onboarding).
 */
export async function onInstalled(db: ReformDb, reason: string): Promise<void> {
  if (reason === 'install') void browser.tabs.create({ url: `${browser.runtime.getURL('/options.html')}#welcome` });
  await seedLedgers(db, bundledLedgers());
  await refreshBadge(db);
}
