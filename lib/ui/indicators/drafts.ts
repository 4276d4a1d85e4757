import type { ReformDb } from '../../db/database';
import { SETTINGS_TABLE } from '../../db/setting';
import { settings } from '../../db/setting-keys';
import { unitDraftPrefix } from '../../db/units';
import type { DraftBase } from '../../db/setting-schemas';

export type { DraftBase };

/** Fields as typed, per unit and month, so closing the page loses nothing; cleared once the month is saved. */
const suffix = (unitId: string, month: string) => `${unitDraftPrefix(unitId)}${month}`;
const draftOf = (unitId: string, month: string) => settings.indicatorDrafts.at(suffix(unitId, month));
// The stored values the draft was typed against, so a save hours later still merges with another page's changes.
const baseOf = (unitId: string, month: string) => settings.indicatorDraftBases.at(`${suffix(unitId, month)}.base`);

export async function loadDraft(db: ReformDb, unitId: string, month: string): Promise<Record<string, string> | null> {
  const draft = await draftOf(unitId, month).getValue(db);
  return draft && Object.keys(draft).length > 0 ? draft : null;
}

export async function saveDraft(
  db: ReformDb,
  unitId: string,
  month: string,
  value: Record<string, string>,
  base?: DraftBase,
): Promise<void> {
  await db.transaction('rw', SETTINGS_TABLE, async () => {
    await draftOf(unitId, month).setValue(db, value);
    if (base) await baseOf(unitId, month).setValue(db, base);
  });
}

/** The base saved with the draft; null for a draft saved without one (then the form's own snapshot is used). */
export function loadDraftBase(db: ReformDb, unitId: string, month: string): Promise<DraftBase | null> {
  return baseOf(unitId, month).getValue(db);
}

export async function clearDraft(db: ReformDb, unitId: string, month: string): Promise<void> {
  await db.transaction('rw', SETTINGS_TABLE, async () => {
    await draftOf(unitId, month).removeValue(db);
    await baseOf(unitId, month).removeValue(db);
  });
}

/** The unit and month last looked at, so a reload opens the same form. */
export interface IndicatorView {
  unitId: string | null;
  month: string;
}

export async function loadView(db: ReformDb, fallback: IndicatorView): Promise<IndicatorView> {
  return (await settings.indicatorView.getValue(db)) ?? fallback;
}

export async function saveView(db: ReformDb, value: IndicatorView): Promise<void> {
  await settings.indicatorView.setValue(db, value);
}
