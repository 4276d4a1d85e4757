import type { ReformDb } from './database';
import { aliasRecord } from '../model/records';
import { aliasLookup, resolveDepartments } from '../model/department-aliases';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';
import { zhErrors } from '../z';
import { cleanText } from '../model/text';
import { AppError } from '../model/app-error';

/** The user's department aliases (合并/拆分): one name per real unit. The table is kept flat: no alias of an alias. */

// The reads live apart so the checklist's first live row does not load the record schemas (zod) with them.
export { ledgerDepartmentNames, listAliases, readAliasLookup } from './alias-reads';

/**
 * Makes `names` aliases of `canonical`, in one transaction: aliases that pointed at one of them now point at
 * `canonical`, and `canonical` itself stops being an alias. All or nothing: one bad name writes none.
 */
export async function mergeDepartments(
  db: ReformDb,
  names: readonly string[],
  canonical: string,
  now = Date.now(),
): Promise<void> {
  const target = cleanText(canonical);
  const merged = [...new Set(names.map(cleanText))].filter((n) => n !== '' && n !== target);
  if (target === '') throw new AppError('errAliasTargetEmpty');
  if (merged.length === 0) throw new AppError('errAliasNoneChosen');
  const records = merged.map((alias) => aliasRecord.parse({ alias, canonical: target, createdAt: now }, zhErrors));
  await db.transaction('rw', db.aliases, SETTINGS_TABLE, async () => {
    const pointing = await db.aliases.where('canonical').anyOf(merged).toArray();
    await db.aliases.delete(target);
    const repointed = pointing.filter((a) => a.alias !== target).map((a) => ({ ...a, canonical: target }));
    await db.aliases.bulkPut([...repointed, ...records]);
    // "My departments" keep one name per unit too, so the picker shows the merged unit ticked.
    const filters = await settings.filters.getValue(db);
    const lookup = aliasLookup(await db.aliases.toArray());
    const departments = resolveDepartments(filters.departments, lookup);
    if (departments.join('\n') !== filters.departments.join('\n')) {
      await settings.filters.setValue(db, { ...filters, departments });
    }
  });
}

/** Splits a name back out: it is its own unit again. */
export async function splitDepartment(db: ReformDb, alias: string): Promise<void> {
  await db.aliases.delete(alias);
}
