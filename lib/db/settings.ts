import type { ReformDb } from './database';
import type { z } from '../z';

/**
 * What a stored value is checked against when read: a zod schema, or a plain type guard on pages that must paint
 * before zod is loaded (the popup). Writes always go through a zod schema.
 */
export interface ValueCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

export const guard = <T>(is: (value: unknown) => value is T): ValueCheck<T> => ({
  safeParse: (value) => (is(value) ? { success: true, data: value } : { success: false }),
});

/**
 * Typed access to the settings table: a value that no longer fits its check (an old version, a bad restore)
 * falls back to the default instead of breaking the page.
 */
export async function getSetting<T>(db: ReformDb, key: string, check: ValueCheck<T>, fallback: T): Promise<T> {
  const row = await db.settings.get(key);
  if (row === undefined) return fallback;
  const parsed = check.safeParse(row.value);
  return parsed.success ? parsed.data : fallback;
}

export async function setSetting<T>(db: ReformDb, key: string, schema: z.ZodType<T>, value: T): Promise<void> {
  await db.settings.put({ key, value: schema.parse(value) });
}
