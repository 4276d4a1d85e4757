import { getDb } from '../../db/database';
import { allLedgers } from '../../db/ledgers';
import type { LedgerRecord } from '../../model/records';
import { useLiveQuery } from '../use-live-query';

export interface LedgerOverview {
  ledgers: LedgerRecord[];
  taskCounts: Map<string, number>;
}

/**
 * All ledgers with their task counts: one native count per ledger on the ledgerId index, in one transaction
 * (no task is read, and no index key either: walking 50,000 keys took most of a second).
 */
export function useLedgers(): LedgerOverview | undefined {
  return useLiveQuery(() => {
    const db = getDb();
    return db.transaction('r', db.ledgers, db.tasks, async () => {
      const ledgers = await allLedgers(db);
      const counts = await Promise.all(ledgers.map((l) => db.tasks.where('ledgerId').equals(l.id).count()));
      return { ledgers, taskCounts: new Map(ledgers.map((l, i) => [l.id, counts[i]])) };
    });
  }, []);
}
