import { expect, vi } from 'vitest';
import type { Table } from 'dexie';
import { openDb, type ReformDb } from '../../lib/db/database';
import { fillDb } from '../backup/fixture';

type WriteMethod = 'add' | 'put' | 'delete' | 'bulkAdd' | 'bulkPut' | 'bulkDelete';

/** The two failures a real write meets: a bug (a plain throw) and a full disk (QuotaExceededError). */
export const FAILURES = [
  { name: 'a thrown error', make: () => new Error('注入的故障') },
  { name: 'QuotaExceededError', make: () => new DOMException('磁盘空间不足', 'QuotaExceededError') },
] as const;

/**
 * Makes `table[method]` fail on its call number `onCall` (1-based) after really writing part of its records
 * (half of a bulk write, the whole single write), so the failure lands midway through the change.
 */
export function failMidway(table: Table, method: WriteMethod, error: () => Error, onCall = 1) {
  const original = (table[method] as (...args: unknown[]) => Promise<unknown>).bind(table);
  let calls = 0;
  const spy = vi.spyOn(table as unknown as Record<WriteMethod, (...args: unknown[]) => Promise<unknown>>, method);
  return spy.mockImplementation(async (...args: unknown[]) => {
    calls += 1;
    if (calls !== onCall) return original(...args);
    const [first, ...rest] = args;
    if (Array.isArray(first)) await original(first.slice(0, Math.ceil(first.length / 2)), ...rest);
    else await original(...args);
    throw error();
  });
}

/** Every table of the database, in primary-key order: what "exactly as before" is compared on. */
export async function dumpAll(db: ReformDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

let n = 0;
export async function filledDb(prefix: string): Promise<ReformDb> {
  const db = openDb(`${prefix}-${++n}`);
  await fillDb(db);
  return db;
}

/** Runs a change that fails midway and proves every table is exactly as before it started. */
export async function expectNothingChanged(
  db: ReformDb,
  change: () => Promise<unknown>,
  failure: (typeof FAILURES)[number],
) {
  const before = await dumpAll(db);
  await expect(change()).rejects.toMatchObject({ name: failure.make().name });
  vi.restoreAllMocks();
  expect(await dumpAll(db)).toEqual(before);
}
