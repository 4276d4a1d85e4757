import { getDb } from '../../db/database';
import { settings } from '../../db/setting-keys';
import type { OwnReportDraft } from '../../db/setting-schemas';

export type { OwnReportDraft };

/** The fields of one task as typed on the department's side, if a draft was left for this period. */
export async function readOwnDraft(taskId: string, periodStart: string): Promise<OwnReportDraft | null> {
  const draft = await settings.ownReportDrafts.at(taskId).getValue(getDb());
  return draft && draft.periodStart === periodStart ? draft : null;
}

/** Saves the fields as typed; saveOwnReport removes the draft in the transaction that saves the report. */
export async function saveOwnDraft(taskId: string, draft: OwnReportDraft): Promise<void> {
  await settings.ownReportDrafts.at(taskId).setValue(getDb(), draft);
}
