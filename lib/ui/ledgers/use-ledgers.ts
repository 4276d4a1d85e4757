import { getDb } from '../../db/database';
import { allLedgers } from '../../db/ledgers';
import type { LedgerRecord } from '../../model/records';
import { useLiveQuery } from '../use-live-query';

export interface LedgerOverview {
  ledgers: LedgerRecord[];
  /** Task counts of the first `counted` ledgers (all when no limit was given); empty until they are in. */
  taskCounts: Map<string, number>;
}

/**
 * All ledgers, then the task counts of the first `counted` of them: one native count per ledger on the ledgerId
 * index (no task is read, and no index key either: walking 50,000 keys took most of a second). A list that shows
 * only its first ledgers counts only those. The counts are a query of their own, so the list shows before them:
 * 50 counts over 5,000 tasks took 130–190 ms here, more than reading the 500 ledgers.
 */
export function useLedgers(counted = Number.POSITIVE_INFINITY): LedgerOverview | undefined {
  const ledgers = useLiveQuery(() => allLedgers(getDb()), []);
  const ids = (ledgers ?? []).slice(0, counted).map((l) => l.id);
  const taskCounts = useLiveQuery(() => {
    const db = getDb();
    return db.transaction('r', db.tasks, async () => {
      const counts = await Promise.all(ids.map((id) => db.tasks.where('ledgerId').equals(id).count()));
      return new Map(ids.map((id, i) => [id, counts[i]]));
    });
  }, [ids.join('\n')]);
  return ledgers && { ledgers, taskCounts: taskCounts ?? new Map() };
}
