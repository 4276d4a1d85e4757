import type { ReformDb } from './database';
import type { LedgerRecord } from '../model/records';

export function allLedgers(db: ReformDb): Promise<LedgerRecord[]> {
  return db.ledgers.orderBy('id').toArray();
}
