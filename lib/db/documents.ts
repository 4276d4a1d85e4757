import type { ReformDb } from './database';
import type { DocumentRecord, IndicatorRecord, LedgerRecord, TargetRecord, TaskRecord } from '../model/records';
import { newLedgerRecord } from './ledger-edits';
import { zhErrors } from '../z';
import { buildImportedTask } from '../ledger/build-task';
import type { ImportedTask } from '../ledger/table-import';
import { documentSentences, findClause } from '../ledger/find-clause';
import type { ExtractedTarget } from '../indicators/extract-targets';
import { isPastDocument } from '../checklist/historic';
import { indicatorForTarget, type NewIndicatorNames } from '../indicators/target-indicator';
import type { IndicatorDef } from '../model/indicator/schema';

const recordSchemas = () => import('../model/records');

/** What the user kept in the preview of a new document. */
export interface NewDocument {
  meta: Pick<DocumentRecord, 'title' | 'issuer' | 'docNumber' | 'issued' | 'region'>;
  text: string;
  /** The ledger rows kept; none: the document brings no ledger. */
  tasks: ImportedTask[];
  /** The targets kept, each for the catalog indicator the user confirmed. */
  targets: Array<ExtractedTarget & { indicatorId: string }>;
  /** Targets of something the catalog does not measure: each becomes a new indicator the user named. */
  newIndicators?: Array<{ target: ExtractedTarget; names: NewIndicatorNames }>;
}

export interface SavedDocument {
  document: DocumentRecord;
  ledger: LedgerRecord | null;
  tasks: TaskRecord[];
  targets: TargetRecord[];
  indicators: IndicatorDef[];
}

const newId = (prefix: string) => `${prefix}-${crypto.randomUUID()}`;

/**
 * Adds a document with its ledger, tasks (each linked to its clause), targets and the indicators made for the
 * targets the catalog has none for, in one transaction: all of it, or nothing. A document whose dates have all passed comes in as 归档.
 */
export async function addDocument(
  db: ReformDb,
  input: NewDocument,
  today: string,
  now = Date.now(),
): Promise<SavedDocument> {
  const [{ documentRecord, targetRecord, taskRecord, indicatorRecord }, { indicatorDef }] = await Promise.all([
    recordSchemas(),
    import('../model/indicator/schema'),
  ]);
  const document = documentRecord.parse(
    { id: newId('doc'), ...input.meta, text: input.text, origin: 'user', applies: 1, createdAt: now, updatedAt: now },
    zhErrors,
  );
  let ledger: LedgerRecord | null = null;
  let tasks: TaskRecord[] = [];
  if (input.tasks.length > 0) {
    ledger = { ...newLedgerRecord(input.meta, now), documentId: document.id };
    const year = input.meta.issued ? Number(input.meta.issued.slice(0, 4)) : undefined;
    const sentences = documentSentences(input.text);
    const ctx = { ledgerId: ledger.id, year, now };
    tasks = input.tasks.map((draft, i) =>
      taskRecord.parse(
        buildImportedTask(`${ledger!.id}#${i + 1}`, i, { ...draft, clause: findClause(draft.title, sentences) }, ctx),
        zhErrors,
      ),
    );
    if (isPastDocument(tasks, input.meta.issued, today)) {
      ledger.archived = 1;
      for (const t of tasks) t.archived = 1;
    }
  }
  const toRecord = (t: ExtractedTarget, indicatorId: string) =>
    targetRecord.parse(
      {
        id: newId('target'),
        indicatorId,
        documentId: document.id,
        clause: t.clause,
        subject: t.subject,
        op: t.op,
        value: t.value,
        max: t.max ?? null,
        unit: t.unit,
        by: t.by,
        createdAt: now,
      },
      zhErrors,
    );
  const targets = input.targets.map((t) => toRecord(t, t.indicatorId));
  const indicators: IndicatorDef[] = [];
  const indicatorRows: IndicatorRecord[] = [];
  for (const { target, names } of input.newIndicators ?? []) {
    const stamp = crypto.randomUUID().replaceAll('-', '').slice(0, 10);
    const record = toRecord(target, `doc-${stamp}`);
    const def = indicatorDef.parse(indicatorForTarget(names, record, document, stamp), zhErrors);
    targets.push(record);
    indicators.push(def);
    indicatorRows.push(indicatorRecord.parse({ id: def.id, def, updatedAt: now }, zhErrors));
  }
  await db.transaction('rw', [db.documents, db.ledgers, db.tasks, db.targets, db.indicators], async () => {
    await db.documents.add(document);
    if (ledger) await db.ledgers.add(ledger);
    await db.tasks.bulkAdd(tasks);
    await db.targets.bulkAdd(targets);
    await db.indicators.bulkAdd(indicatorRows);
  });
  return { document, ledger, tasks, targets, indicators };
}

/** The library: every document, newest issue first (undated last), with its ledgers. */
export async function listDocuments(db: ReformDb): Promise<Array<DocumentRecord & { ledgerIds: string[] }>> {
  return db.transaction('r', db.documents, db.ledgers, async () => {
    const [docs, ledgers] = await Promise.all([db.documents.toArray(), db.ledgers.toArray()]);
    return docs
      .map((d) => ({ ...d, ledgerIds: ledgers.filter((l) => l.documentId === d.id).map((l) => l.id) }))
      .sort((a, b) => (b.issued ?? '').localeCompare(a.issued ?? ''));
  });
}

/** One document of the first-run picker (文件库): what it brings and whether its dates have all passed. */
export interface PickerDocument {
  id: string;
  title: string;
  docNumber: string | null;
  issued: string | null;
  applies: boolean;
  tasks: number;
  targets: number;
  past: boolean;
}

/**
 * Every document of the library, newest first, with the number of its tasks and targets: a document of targets
 * only (no ledger) is listed too. Works inside liveQuery.
 */
export async function pickerDocuments(db: ReformDb, today: string): Promise<PickerDocument[]> {
  return db.transaction('r', [db.documents, db.ledgers, db.tasks, db.targets], async () => {
    const documents = await listDocuments(db);
    return Promise.all(
      documents.map(async (d) => {
        const [tasks, targets] = await Promise.all([
          d.ledgerIds.length > 0 ? db.tasks.where('ledgerId').anyOf(d.ledgerIds).toArray() : [],
          db.targets.where('documentId').equals(d.id).toArray(),
        ]);
        return {
          id: d.id,
          title: d.title,
          docNumber: d.docNumber,
          issued: d.issued,
          applies: d.applies === 1,
          tasks: tasks.length,
          targets: targets.length,
          past: isPastDocument(
            tasks,
            d.issued,
            today,
            targets.map((t) => t.by),
          ),
        };
      }),
    );
  });
}
