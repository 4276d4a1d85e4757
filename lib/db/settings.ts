import type { ReformDb } from './database';
import type { z } from '../z';

/**
 * Typed access to the settings table: a value that no longer fits its schema (an old version, a bad restore)
 * falls back to the default instead of breaking the page.
 */
export async function getSetting<T>(db: ReformDb, key: string, schema: z.ZodType<T>, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  if (row === undefined) return fallback;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

export async function setSetting<T>(db: ReformDb, key: string, schema: z.ZodType<T>, value: T): Promise<void> {
  await db.settings.put({ key, value: schema.parse(value) });
}
