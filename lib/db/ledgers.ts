import type { ReformDb } from './database';
import type { LedgerRecord } from '../model/records';

export function allLedgers(db: ReformDb): Promise<LedgerRecord[]> {
  return db.ledgers.orderBy('id').toArray();
}

export async function ledgerTitles(db: ReformDb): Promise<Map<string, string>> {
  return new Map((await allLedgers(db)).map((l) => [l.id, l.title]));
}
