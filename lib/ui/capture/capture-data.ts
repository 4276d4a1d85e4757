import { getDb } from '../../db/database';
import {
  confirmCapture,
  discardCapture,
  findTemporaryLedger,
  knownDepartments,
  readAliases,
  readPendingCapture,
  saveCaptureEdits,
  type CaptureConfirm,
} from '../../db/capture';
import { localDay } from '../../model/calendar';
import { captureDraft } from '../../ledger/capture-draft';
import { CHECKLIST_CHANGED, tellBackground } from '../../background/messages';

/** Everything the capture form reads and writes; loaded after the side panel's checklist has painted. */

export const watchPending = () => readPendingCapture(getDb());

export async function loadForm(pending: { selection: string; pageTitle: string; url: string }) {
  const db = getDb();
  const today = localDay();
  const year = Number(today.slice(0, 4));
  const [departments, aliases, ledgers, temporary] = await Promise.all([
    knownDepartments(db),
    readAliases(db),
    // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse: most recently changed first
    db.ledgers.orderBy('updatedAt').reverse().toArray(),
    findTemporaryLedger(db, year),
  ]);
  const draft = captureDraft({ ...pending, today, departments, aliases });
  return {
    draft,
    year,
    ledgers: ledgers.map((l) => ({ id: l.id, title: l.title })),
    temporaryId: temporary?.id ?? null,
  };
}
export type CaptureFormData = Awaited<ReturnType<typeof loadForm>>;

export async function saveCapture(confirm: CaptureConfirm) {
  const saved = await confirmCapture(getDb(), confirm);
  await tellBackground(CHECKLIST_CHANGED);
  return saved;
}

export const discard = (at: number) => discardCapture(getDb(), at);

export const keepEdits = (at: number, form: Parameters<typeof saveCaptureEdits>[2]) =>
  saveCaptureEdits(getDb(), at, form);
