import type { ReformDb } from './database';
import { ledgerRecord, taskRecord, type LedgerRecord } from '../model/records';
import type { SeedLedger } from '../ledger/seed-schema';
import { buildTask } from '../ledger/build-task';

/** Seed ledgers the user deleted: an update must not bring them back. */
export const DISMISSED_SEEDS_KEY = 'dismissedSeeds';

export function seedToRecords(seed: SeedLedger, now: number) {
  const year = seed.issued ? Number(seed.issued.slice(0, 4)) : undefined;
  const ledger: LedgerRecord = ledgerRecord.parse({
    id: seed.id,
    title: seed.title,
    issuer: seed.issuer,
    docNumber: seed.docNumber,
    issued: seed.issued,
    region: seed.region,
    source: seed.source,
    defaultDeadline: seed.defaultDeadline ?? null,
    origin: 'seed',
    documentId: null,
    archived: 0,
    createdAt: now,
    updatedAt: now,
  });
  const tasks = seed.tasks.map((t, i) =>
    taskRecord.parse(
      buildTask(`${seed.id}#${i + 1}`, i, { ...t, deadlineText: t.deadline }, {
        ledgerId: seed.id,
        year,
        defaultDeadline: seed.defaultDeadline,
        now,
      }),
    ),
  );
  return { ledger, tasks };
}

/**
 * Adds bundled ledgers that are not in the database yet, all in one transaction.
 * Existing ledgers are never touched, so a reinstall or update keeps every user change.
 */
export async function seedLedgers(db: ReformDb, seeds: SeedLedger[], now = Date.now()): Promise<string[]> {
  return db.transaction('rw', db.ledgers, db.tasks, db.settings, async () => {
    const dismissed = ((await db.settings.get(DISMISSED_SEEDS_KEY))?.value as string[] | undefined) ?? [];
    const added: string[] = [];
    for (const seed of seeds) {
      if (dismissed.includes(seed.id) || (await db.ledgers.get(seed.id))) continue;
      const { ledger, tasks } = seedToRecords(seed, now);
      await db.ledgers.add(ledger);
      await db.tasks.bulkAdd(tasks);
      added.push(seed.id);
    }
    return added;
  });
}
