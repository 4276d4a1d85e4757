import type { ReformDb } from '../../../db/database';
import { getSetting } from '../../../db/settings';
import { z } from '../../../z';

/**
 * A table captured from a web page by the capture feature waits under this settings key until the import screen
 * (options.html#ledgers) takes it; taking it deletes it, so it is offered once.
 */
export const PENDING_TABLE_KEY = 'capture.pendingTable';

export const pendingTable = z.object({
  html: z.string().max(20 * 1024 * 1024),
  pageTitle: z.string().max(1000),
  url: z.string().max(4000),
  at: z.number(),
});
export type PendingTable = z.infer<typeof pendingTable>;

export async function hasPendingTable(db: ReformDb): Promise<boolean> {
  return (await db.settings.get(PENDING_TABLE_KEY)) !== undefined;
}

/** Reads and removes the pending table in one transaction; null when there is none (or it is malformed). */
export async function takePendingTable(db: ReformDb): Promise<PendingTable | null> {
  return db.transaction('rw', db.settings, async () => {
    const value = await getSetting(db, PENDING_TABLE_KEY, pendingTable.nullable(), null);
    if ((await db.settings.get(PENDING_TABLE_KEY)) !== undefined) await db.settings.delete(PENDING_TABLE_KEY);
    return value;
  });
}
