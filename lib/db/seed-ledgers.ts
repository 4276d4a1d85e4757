import type { ReformDb } from './database';
import {
  documentRecord,
  ledgerRecord,
  targetRecord,
  taskRecord,
  type DocumentRecord,
  type LedgerRecord,
  type TargetRecord,
} from '../model/records';
import type { SeedLedger } from '../ledger/seed-schema';
import type { SeedDocument } from '../ledger/bundled-documents';
import { buildTask } from '../ledger/build-task';
import { documentSentences, findClause } from '../ledger/find-clause';
import { isPastDocument } from '../checklist/historic';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';

export interface SeedLibrary {
  /** The reference documents (文件库) the ledgers were transcribed from. */
  documents?: SeedDocument[];
  /** The day of the install: ledgers of documents whose dates have all passed open as 归档. */
  today?: string;
  /** The bundled documents' targets (lib/indicators/bundled-targets.ts); those not in the table yet are added. */
  targets?: TargetRecord[];
}

export function documentToRecord(doc: SeedDocument, now: number): DocumentRecord {
  const { file: _file, ...fields } = doc;
  return documentRecord.parse({ ...fields, origin: 'seed', applies: 0, createdAt: now, updatedAt: now });
}

export function seedToRecords(seed: SeedLedger, now: number, doc?: SeedDocument, today?: string) {
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
    documentId: doc?.id ?? null,
    archived: 0,
    createdAt: now,
    updatedAt: now,
  });
  const sentences = doc ? documentSentences(doc.text) : [];
  const tasks = seed.tasks.map((t, i) =>
    taskRecord.parse(
      buildTask(
        `${seed.id}#${i + 1}`,
        i,
        { ...t, deadlineText: t.deadline, clause: doc ? findClause(t.title, sentences) : null },
        {
          ledgerId: seed.id,
          year,
          defaultDeadline: seed.defaultDeadline,
          now,
        },
      ),
    ),
  );
  if (today && isPastDocument(tasks, seed.issued, today)) {
    ledger.archived = 1;
    for (const task of tasks) task.archived = 1;
  }
  return { ledger, tasks };
}

/**
 * Adds bundled documents, their targets and ledgers that are not in the database yet, all in one transaction. Existing ledgers
 * are never touched, so a reinstall or update keeps every user change; one seeded before the library existed
 * only gets its link to its document.
 */
export async function seedLedgers(
  db: ReformDb,
  seeds: SeedLedger[],
  now = Date.now(),
  { documents = [], today, targets = [] }: SeedLibrary = {},
): Promise<string[]> {
  const checkedTargets = targets.map((t) => targetRecord.parse(t));
  return db.transaction('rw', [db.ledgers, db.tasks, SETTINGS_TABLE, db.documents, db.targets], async () => {
    const dismissed = await settings.dismissedSeeds.getValue(db);
    for (const doc of documents)
      if (!(await db.documents.get(doc.id))) await db.documents.add(documentToRecord(doc, now));
    const heldTargets = new Set(await db.targets.toCollection().primaryKeys());
    await db.targets.bulkAdd(checkedTargets.filter((t) => !heldTargets.has(t.id)));
    const added: string[] = [];
    for (const seed of seeds) {
      const doc = documents.find((d) => d.file === seed.source);
      if (dismissed.includes(seed.id)) continue;
      const existing = await db.ledgers.get(seed.id);
      if (existing) {
        if (doc && existing.documentId === null) await db.ledgers.update(seed.id, { documentId: doc.id });
        continue;
      }
      const { ledger, tasks } = seedToRecords(seed, now, doc, today);
      await db.ledgers.add(ledger);
      await db.tasks.bulkAdd(tasks);
      added.push(seed.id);
    }
    return added;
  });
}
