import type { ReformDb } from '../../db/database';
import { settings } from '../../db/setting-keys';
import { unitDraftPrefix } from '../../db/units';

/** Fields as typed, per unit and month, so closing the page loses nothing; cleared once the month is saved. */
const draftOf = (unitId: string, month: string) => settings.indicatorDrafts.at(`${unitDraftPrefix(unitId)}${month}`);

export async function loadDraft(db: ReformDb, unitId: string, month: string): Promise<Record<string, string> | null> {
  const draft = await draftOf(unitId, month).getValue(db);
  return draft && Object.keys(draft).length > 0 ? draft : null;
}

export async function saveDraft(
  db: ReformDb,
  unitId: string,
  month: string,
  value: Record<string, string>,
): Promise<void> {
  await draftOf(unitId, month).setValue(db, value);
}

export async function clearDraft(db: ReformDb, unitId: string, month: string): Promise<void> {
  await draftOf(unitId, month).removeValue(db);
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
