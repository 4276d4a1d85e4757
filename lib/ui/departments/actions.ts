import { getDb } from '../../db/database';
import { ledgerDepartmentNames, listAliases, mergeDepartments, splitDepartment } from '../../db/aliases';
import { getSetting, setSetting } from '../../db/settings';
import { CHECKLIST_CHANGED, tellBackground } from '../../background/messages';
import { z } from '../../z';
import { LIMITS } from '../../model/limits';

/** Proposals the user said are not one unit, by their key (see proposalKey), so they are not offered again. */
const DISMISSED_KEY = 'departments.dismissedProposals';
const dismissedList = z
  .array(
    z
      .string()
      .min(1)
      .max(LIMITS.name * 20),
  )
  .max(1000);

export async function readDepartmentNames() {
  const db = getDb();
  return db.transaction('r', db.tasks, db.aliases, db.settings, async () => ({
    names: await ledgerDepartmentNames(db),
    aliases: await listAliases(db),
    dismissed: await getSetting(db, DISMISSED_KEY, dismissedList, []),
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
  await db.transaction('rw', db.settings, async () => {
    const stored = await getSetting(db, DISMISSED_KEY, dismissedList, []);
    await setSetting(db, DISMISSED_KEY, dismissedList, [...stored.filter((k) => k !== key), key].slice(-1000));
  });
}
