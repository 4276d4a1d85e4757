import type { ReformDb } from './database';
import type { TaskRecord } from '../model/records';

export function tasksOfLedger(db: ReformDb, ledgerId: string): Promise<TaskRecord[]> {
  return db.tasks.where('ledgerId').equals(ledgerId).sortBy('order');
}
