import type { ReformDb } from './database';
import type { AliasRecord } from '../model/records';
import { aliasLookup, type AliasLookup } from '../model/department-aliases';
import { sortDepartments } from '../checklist/filters';

/** Reads of the department aliases (合并/拆分) table; writes are in aliases.ts. */

export function listAliases(db: ReformDb): Promise<AliasRecord[]> {
  return db.aliases.toArray();
}

export async function readAliasLookup(db: ReformDb): Promise<AliasLookup> {
  return aliasLookup(await db.aliases.toArray());
}

/** Every unit name the ledgers use, as lead or as partner, as stored (aliases not resolved). */
export async function ledgerDepartmentNames(db: ReformDb): Promise<string[]> {
  const [leads, partners] = await Promise.all([
    db.tasks.orderBy('lead').uniqueKeys(),
    db.tasks.orderBy('partners').uniqueKeys(),
  ]);
  return sortDepartments([...(leads as string[]), ...(partners as string[])]);
}
