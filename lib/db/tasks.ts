import type { ReformDb } from './database';
import type { TaskRecord } from '../model/records';

export function tasksOfLedger(db: ReformDb, ledgerId: string): Promise<TaskRecord[]> {
  return db.tasks.where('ledgerId').equals(ledgerId).sortBy('order');
}

/** The order a task appended to a ledger gets: one past the highest, 0 in an empty ledger. */
export async function nextTaskOrder(db: ReformDb, ledgerId: string): Promise<number> {
  const orders = await db.tasks
    .where('ledgerId')
    .equals(ledgerId)
    .toArray((ts) => ts.map((t) => t.order));
  return orders.length === 0 ? 0 : Math.max(...orders) + 1;
}
