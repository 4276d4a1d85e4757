import type { ReformDb } from '../../../db/database';
import { settings } from '../../../db/setting-keys';
import type { PendingTable } from '../../../db/capture';

/**
 * A table captured from a web page by the capture feature waits in settings.pendingTable until the import screen
 * (options.html#ledgers) is done with it: reading it leaves it in place (the tab may mount again before the user
 * acts, and the table must not be lost); confirming the import or cancelling the screen drops it.
 */
export type { PendingTable };

export const hasPendingTable = (db: ReformDb): Promise<boolean> => settings.pendingTable.hasValue(db);

/** The pending table; null when there is none (or it is malformed). */
export const readPendingTable = (db: ReformDb): Promise<PendingTable | null> => settings.pendingTable.getValue(db);

/** The import screen is done with the captured table (imported, or the screen closed). */
export const dropPendingTable = (db: ReformDb): Promise<void> => settings.pendingTable.removeValue(db);
