import type { ReformDb } from '../../db/database';
import { getSetting } from '../../db/settings';
import { unitDraftPrefix } from '../../db/units';
import { z } from '../../z';
import { isoMonth } from '../../model/records';

/** Fields as typed, per unit and month, so closing the page loses nothing; cleared once the month is saved. */
const texts = z.record(z.string(), z.string());
export const draftKey = (unitId: string, month: string) => `${unitDraftPrefix(unitId)}${month}`;

export async function loadDraft(db: ReformDb, unitId: string, month: string): Promise<Record<string, string> | null> {
  const draft = await getSetting(db, draftKey(unitId, month), texts.nullable(), null);
  return draft && Object.keys(draft).length > 0 ? draft : null;
}

export async function saveDraft(
  db: ReformDb,
  unitId: string,
  month: string,
  value: Record<string, string>,
): Promise<void> {
  await db.settings.put({ key: draftKey(unitId, month), value: texts.parse(value) });
}

export async function clearDraft(db: ReformDb, unitId: string, month: string): Promise<void> {
  await db.settings.delete(draftKey(unitId, month));
}

/** The unit and month last looked at, so a reload opens the same form. */
export const VIEW_KEY = 'indicators.view';
const view = z.object({ unitId: z.string().nullable(), month: isoMonth });
export type IndicatorView = z.infer<typeof view>;

export function loadView(db: ReformDb, fallback: IndicatorView): Promise<IndicatorView> {
  return getSetting(db, VIEW_KEY, view, fallback);
}

export async function saveView(db: ReformDb, value: IndicatorView): Promise<void> {
  await db.settings.put({ key: VIEW_KEY, value: view.parse(value) });
}
