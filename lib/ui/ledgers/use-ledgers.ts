import { getDb } from '../../db/database';
import { allLedgers } from '../../db/ledgers';
import type { LedgerRecord } from '../../db/records';
import { useLiveQuery } from '../use-live-query';

export interface LedgerOverview {
  ledgers: LedgerRecord[];
  taskCounts: Map<string, number>;
}

/** All ledgers with their task counts, counted from the ledgerId index keys (no task is read). */
export function useLedgers(): LedgerOverview | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [ledgers, keys] = await Promise.all([allLedgers(db), db.tasks.orderBy('ledgerId').keys()]);
    const taskCounts = new Map<string, number>();
    for (const key of keys) taskCounts.set(String(key), (taskCounts.get(String(key)) ?? 0) + 1);
    return { ledgers, taskCounts };
  }, []);
}
