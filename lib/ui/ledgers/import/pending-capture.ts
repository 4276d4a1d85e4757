import type { ReformDb } from '../../../db/database';
import { settings } from '../../../db/setting-keys';
import { SETTINGS_TABLE } from '../../../db/setting';
import type { PendingTable } from '../../../db/capture';

/**
 * A table captured from a web page by the capture feature waits in settings.pendingTable until the import screen
 * (options.html#ledgers) takes it; taking it deletes it, so it is offered once.
 */
export type { PendingTable };

export const hasPendingTable = (db: ReformDb): Promise<boolean> => settings.pendingTable.hasValue(db);

/** Reads and removes the pending table in one transaction; null when there is none (or it is malformed). */
export async function takePendingTable(db: ReformDb): Promise<PendingTable | null> {
  return db.transaction('rw', SETTINGS_TABLE, async () => {
    const value = await settings.pendingTable.getValue(db);
    if (await settings.pendingTable.hasValue(db)) await settings.pendingTable.removeValue(db);
    return value;
  });
}
