import { getDb } from '../../db/database';
import { allLedgers } from '../../db/ledgers';
import type { LedgerRecord } from '../../model/records';
import { useLiveQuery } from '../use-live-query';

export interface LedgerOverview {
  ledgers: LedgerRecord[];
  /** Task counts of the first `counted` ledgers (all when no limit was given). */
  taskCounts: Map<string, number>;
}

/**
 * All ledgers with the task counts of the first `counted` of them: one native count per ledger on the ledgerId
 * index, in one transaction (no task is read, and no index key either: walking 50,000 keys took most of a second).
 * A list that shows only its first ledgers counts only those: 500 counts were a third of the 台账 tab's load.
 */
export function useLedgers(counted = Number.POSITIVE_INFINITY): LedgerOverview | undefined {
  return useLiveQuery(() => {
    const db = getDb();
    return db.transaction('r', db.ledgers, db.tasks, async () => {
      const ledgers = await allLedgers(db);
      const shown = ledgers.slice(0, counted);
      const counts = await Promise.all(shown.map((l) => db.tasks.where('ledgerId').equals(l.id).count()));
      return { ledgers, taskCounts: new Map(shown.map((l, i) => [l.id, counts[i]])) };
    });
  }, [counted]);
}
