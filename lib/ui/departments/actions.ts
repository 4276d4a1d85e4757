import { getDb } from '../../db/database';
import { ledgerDepartmentNames, listAliases, mergeDepartments, splitDepartment } from '../../db/aliases';
import { settings } from '../../db/setting-keys';
import { SETTINGS_TABLE } from '../../db/setting';
import { CHECKLIST_CHANGED, tellBackground } from '../../background/messages';

export async function readDepartmentNames() {
  const db = getDb();
  return db.transaction('r', db.tasks, db.aliases, SETTINGS_TABLE, async () => ({
    names: await ledgerDepartmentNames(db),
    aliases: await listAliases(db),
    dismissed: await settings.dismissedAliasProposals.getValue(db),
  }));
}

/** A proposal's identity: its names, sorted, so the same group of names is recognised next time. */
export const proposalKey = (names: readonly string[]) => [...names].sort().join('|');

export async function merge(names: readonly string[], canonical: string): Promise<void> {
  await mergeDepartments(getDb(), names, canonical);
  // The badge and reminder count by unit: a merge can change what "my departments" cover.
  await tellBackground(CHECKLIST_CHANGED);
}

export async function split(alias: string): Promise<void> {
  await splitDepartment(getDb(), alias);
  await tellBackground(CHECKLIST_CHANGED);
}

export async function dismiss(key: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', SETTINGS_TABLE, async () => {
    const stored = await settings.dismissedAliasProposals.getValue(db);
    await settings.dismissedAliasProposals.setValue(db, [...stored.filter((k) => k !== key), key].slice(-1000));
  });
}
