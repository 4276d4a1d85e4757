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

// The stored values the draft was typed against, so a save hours later still merges with another page's changes.
const baseKey = (unitId: string, month: string) => `${draftKey(unitId, month)}.base`;
const figureBase = z.record(z.string(), z.number().nullable());
export type DraftBase = z.infer<typeof figureBase>;

export async function saveDraft(
  db: ReformDb,
  unitId: string,
  month: string,
  value: Record<string, string>,
  base?: DraftBase,
): Promise<void> {
  const rows: Array<{ key: string; value: unknown }> = [{ key: draftKey(unitId, month), value: texts.parse(value) }];
  if (base) rows.push({ key: baseKey(unitId, month), value: figureBase.parse(base) });
  await db.settings.bulkPut(rows);
}

/** The base saved with the draft; null for a draft saved without one (then the form's own snapshot is used). */
export function loadDraftBase(db: ReformDb, unitId: string, month: string): Promise<DraftBase | null> {
  return getSetting(db, baseKey(unitId, month), figureBase.nullable(), null);
}

export async function clearDraft(db: ReformDb, unitId: string, month: string): Promise<void> {
  await db.settings.bulkDelete([draftKey(unitId, month), baseKey(unitId, month)]);
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
