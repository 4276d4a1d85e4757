import type { ReformDb } from './database';
import { taskRecord, type LedgerRecord, type TaskRecord } from '../model/records';
import { newLedgerRecord, taskContext, type LedgerDraft } from './ledger-edits';
import { zhErrors } from '../z';
import { buildImportedTask } from '../ledger/build-task';
import { parseLedgerRows, type ColumnMapping, type ImportedTask } from '../ledger/table-import';
import { parseLedgerText } from '../ledger/text-ledger';
import { nextTaskOrder } from './tasks';
import { AppError } from '../model/app-error';

export type ImportTarget = { kind: 'new'; ledger: LedgerDraft } | { kind: 'existing'; ledgerId: string };

export type ImportRequest =
  | {
      rows: string[][];
      /** The column mapping as the user left it in the preview. */
      mapping: ColumnMapping;
      /** The document says "列第一位者为牵头单位". */
      firstLeads?: boolean;
      target: ImportTarget;
    }
  | {
      /** A ledger written as text (numbered paragraphs with inline units). */
      text: string;
      target: ImportTarget;
    };

function readDrafts(request: ImportRequest, year: number | undefined): ImportedTask[] {
  if ('text' in request) return parseLedgerText(request.text, { year }).tasks;
  return parseLedgerRows(request.rows, request.mapping, { year, firstLeads: request.firstLeads }).tasks;
}

export interface ImportResult {
  ledger: LedgerRecord;
  tasks: TaskRecord[];
}

/**
 * Writes an import confirmed in the preview: the rows are read again with the user's mapping and the target
 * ledger's year, every record is validated, then the ledger (if new) and all tasks are added in one transaction.
 */
export async function commitImport(db: ReformDb, request: ImportRequest, now = Date.now()): Promise<ImportResult> {
  const fresh = request.target.kind === 'new' ? newLedgerRecord(request.target.ledger, now) : null;
  return db.transaction('rw', db.ledgers, db.tasks, async () => {
    const ledger = fresh ?? (await existingLedger(db, request.target));
    const drafts = readDrafts(request, taskContext(ledger).year);
    if (drafts.length === 0) throw new AppError('errImportNoRows');
    const first = fresh ? 0 : await nextTaskOrder(db, ledger.id);
    const ctx = { ledgerId: ledger.id, ...taskContext(ledger), now };
    const tasks = drafts.map((draft, i) =>
      taskRecord.parse(buildImportedTask(`${ledger.id}#${first + i + 1}`, first + i, draft, ctx), zhErrors),
    );
    await ensureFreeIds(db, tasks);
    if (fresh) await db.ledgers.add(fresh);
    await db.tasks.bulkAdd(tasks);
    return { ledger, tasks };
  });
}

async function existingLedger(db: ReformDb, target: ImportTarget): Promise<LedgerRecord> {
  const id = target.kind === 'existing' ? target.ledgerId : '';
  const ledger = await db.ledgers.get(id);
  if (!ledger) throw new AppError('errImportLedgerGone');
  return ledger;
}

/** Ids follow the order (ledger#n like the seeds); a task added by hand may already hold one of them. */
async function ensureFreeIds(db: ReformDb, tasks: TaskRecord[]): Promise<void> {
  const taken = await db.tasks.bulkGet(tasks.map((t) => t.id));
  taken.forEach((existing, i) => {
    if (existing) tasks[i].id = `${tasks[i].ledgerId}#${crypto.randomUUID().slice(0, 8)}`;
  });
}

/** Takes an import back: its tasks, and the ledger too when the import created it. */
export async function undoImport(db: ReformDb, { ledger, tasks }: ImportResult, createdLedger: boolean): Promise<void> {
  await db.transaction('rw', db.ledgers, db.tasks, async () => {
    await db.tasks.bulkDelete(tasks.map((t) => t.id));
    if (createdLedger) await db.ledgers.delete(ledger.id);
  });
}
