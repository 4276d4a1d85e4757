import { Dexie } from 'dexie';
import type { ReformDb } from './database';
import type { TaskRecord } from './records';

/** Open tasks with a date, earliest first, through the [done+due] index (no table scan). */
export function nearestOpenTasks(db: ReformDb, limit: number): Promise<TaskRecord[]> {
  return db.tasks
    .where('[done+due]')
    .between([0, '0000-00-00'], [0, Dexie.maxKey], true, true)
    .limit(limit)
    .toArray();
}

export function tasksOfLedger(db: ReformDb, ledgerId: string): Promise<TaskRecord[]> {
  return db.tasks.where('ledgerId').equals(ledgerId).sortBy('order');
}
