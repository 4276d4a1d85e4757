import type { ReformDb } from './database';
import { newLedgerRecord, addTask, ledgerYear } from './ledger-edits';
import { readFilters } from './checklist-queries';
import type { LedgerRecord, TaskRecord } from '../model/records';
import { parseDeadline } from '../model/deadline';
import { sortDepartments } from '../checklist/filters';
import type { DepartmentAlias } from '../ledger/capture-departments';
import { SOURCE_TITLE_MAX, SOURCE_URL_MAX } from '../ledger/capture-draft';
import { AppError } from '../model/app-error';

import { SELECTION_MAX, type PendingCapture, type PendingTable } from './setting-schemas';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';

export { SELECTION_MAX, type PendingCapture, type PendingTable };

/** Cuts what a page handed over to the stored bounds instead of refusing it: a long selection still gets a form. */
const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');

export function boundedCapture(
  raw: { selection?: unknown; pageTitle?: unknown; url?: unknown },
  at: number,
): PendingCapture {
  return {
    selection: str(raw.selection, SELECTION_MAX),
    pageTitle: str(raw.pageTitle, SOURCE_TITLE_MAX),
    url: str(raw.url, SOURCE_URL_MAX),
    at,
  };
}

export const writePendingCapture = (db: ReformDb, value: PendingCapture) => settings.pendingCapture.setValue(db, value);
export const readPendingCapture = (db: ReformDb) => settings.pendingCapture.getValue(db);
export const writePendingTable = (db: ReformDb, value: PendingTable) => settings.pendingTable.setValue(db, value);

/** Keeps the form's typed values with the pending capture they belong to (not with a newer one). */
export async function saveCaptureEdits(
  db: ReformDb,
  at: number,
  form: NonNullable<PendingCapture['form']>,
): Promise<void> {
  await db.transaction('rw', SETTINGS_TABLE, async () => {
    const current = await readPendingCapture(db);
    if (current && current.at === at) await writePendingCapture(db, { ...current, form });
  });
}

/** Drops the pending capture the form showed; a newer one (another right-click meanwhile) stays. */
export async function discardCapture(db: ReformDb, at: number): Promise<void> {
  await db.transaction('rw', SETTINGS_TABLE, async () => {
    const current = await readPendingCapture(db);
    if (current && current.at === at) await settings.pendingCapture.removeValue(db);
  });
}

/** Department names the draft matches against: every lead and partner in the ledgers and the user's own. */
export async function knownDepartments(db: ReformDb): Promise<string[]> {
  const [leads, partners, filters] = await Promise.all([
    db.tasks.orderBy('lead').uniqueKeys(),
    db.tasks.orderBy('partners').uniqueKeys(),
    readFilters(db),
  ]);
  return sortDepartments([...(leads as string[]), ...(partners as string[]), ...filters.departments]);
}

export async function readAliases(db: ReformDb): Promise<DepartmentAlias[]> {
  return (await db.aliases.toArray()).map(({ alias, canonical }) => ({ alias, canonical }));
}

export const temporaryLedgerTitle = (year: number) => `${year}年临时任务`;

export async function findTemporaryLedger(db: ReformDb, year: number): Promise<LedgerRecord | undefined> {
  const title = temporaryLedgerTitle(year);
  return (await db.ledgers.where('origin').equals('user').toArray()).find((l) => l.title === title);
}

export interface CaptureConfirm {
  /** A ledger's id, or null for the current year's 临时任务 ledger (created now when missing). */
  ledgerId: string | null;
  year: number;
  title: string;
  lead: string[];
  partners: string[];
  deadlineText: string;
  /** The day the form shows; kept as an override when the ledger's own reading of deadlineText differs. */
  due: string | null;
  source: { title: string; url: string };
  /** The whole selection, stored as the first note when it says more than the title. */
  text: string;
  /** The pending capture this form came from, cleared with the save. */
  at: number | null;
}

/** Adds the captured task (and the 临时任务 ledger when needed) in one transaction, then clears the pending capture. */
export async function confirmCapture(
  db: ReformDb,
  c: CaptureConfirm,
  now = Date.now(),
): Promise<{ task: TaskRecord; ledger: LedgerRecord }> {
  return db.transaction('rw', db.ledgers, db.tasks, SETTINGS_TABLE, async () => {
    let ledger = c.ledgerId === null ? await findTemporaryLedger(db, c.year) : await db.ledgers.get(c.ledgerId);
    if (!ledger && c.ledgerId !== null) throw new AppError('errLedgerGone', c.ledgerId);
    if (!ledger) {
      ledger = newLedgerRecord(
        { title: temporaryLedgerTitle(c.year), issuer: '', docNumber: null, issued: null, region: '' },
        now,
      );
      await db.ledgers.add(ledger);
    }
    const read = parseDeadline(c.deadlineText, { year: ledgerYear(ledger) });
    const dueOverride = c.due && read.due !== c.due ? c.due : null;
    const notes = c.text && c.text !== c.title ? [{ at: now, text: c.text.slice(0, 5000) }] : [];
    const added: TaskRecord = await addTask(
      db,
      ledger.id,
      {
        seq: null,
        group: null,
        title: c.title,
        lead: c.lead,
        partners: c.partners,
        deadlineText: c.deadlineText,
        dueOverride,
        notes,
        source: c.source,
      },
      now,
    );
    if (c.at !== null) {
      const pending = await readPendingCapture(db);
      if (pending && pending.at === c.at) await settings.pendingCapture.removeValue(db);
    }
    return { task: added, ledger };
  });
}
