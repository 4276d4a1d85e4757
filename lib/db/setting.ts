import { Dexie, type Table } from 'dexie';
import type { z } from '../z';
import type { SettingRecord } from '../model/records';

/**
 * The mechanism of stored settings, in the spirit of WXT's storage.defineItem, on the Dexie settings table (so
 * settings stay in backups and live queries). Every key is declared once, in setting-keys.ts; nothing else reads
 * or writes the table (test/architecture/settings.test.ts checks who imports what, and ReformDb has no `settings`).
 */

/** The table's name, for transaction scopes: `db.transaction('rw', SETTINGS_TABLE, db.tasks, …)`. */
export const SETTINGS_TABLE = 'settings';

/**
 * The settings rows. Only this file and backups (which copy every table whole) reach the table itself, and
 * setting-native.ts reads the keys it defines before Dexie loads.
 */
export const settingsTable = (db: Dexie): Table<SettingRecord, string> =>
  (db as unknown as Record<typeof SETTINGS_TABLE, Table<SettingRecord, string>>)[SETTINGS_TABLE];

/** What a definition's zod schemas come from: loaded on first use, so pages that only read guarded keys skip zod. */
export type SchemaSource<S> = () => Promise<S>;

export interface SettingOptions<S, T> {
  /** The write schema, picked from the lazily loaded schema module; it also checks reads when no guard is given. */
  schema: (schemas: S) => z.ZodType<T>;
  /** A plain type guard for reads on pages that paint before zod loads (the popup); same bounds as the schema. */
  guard?: (value: unknown) => value is T;
  /** What a read gives when nothing is stored or the stored value no longer fits (an old version, a bad restore). */
  fallback: T;
}

export interface SettingItem<T> {
  readonly key: string;
  readonly fallback: T;
  /** The stored value, checked; never throws on bad data. Works inside transactions and liveQuery queriers. */
  getValue(db: Dexie): Promise<T>;
  /** Checks the value with the zod schema (throws on a bad one) and stores it. */
  setValue(db: Dexie, value: T): Promise<void>;
  removeValue(db: Dexie): Promise<void>;
  /** Whether any value (even a bad one) is stored. */
  hasValue(db: Dexie): Promise<boolean>;
}

/**
 * Loads the schema module once per page. Inside a transaction or a liveQuery, the wait goes through Dexie.waitFor
 * so the transaction is not committed meanwhile and the live query keeps observing what is read after it.
 */
function lazy<S>(source: SchemaSource<S>): () => S | Promise<S> {
  let loaded: S | undefined;
  let loading: Promise<S> | undefined;
  return () => {
    if (loaded !== undefined) return loaded;
    loading ??= source().then((s) => (loaded = s));
    return Dexie.waitFor(loading);
  };
}

function item<S, T>(schemas: () => S | Promise<S>, key: string, options: SettingOptions<S, T>): SettingItem<T> {
  const { schema, guard, fallback } = options;
  const check = async (value: unknown): Promise<T> => {
    if (guard) return guard(value) ? value : fallback;
    const parsed = schema(await schemas()).safeParse(value);
    return parsed.success ? parsed.data : fallback;
  };
  return {
    key,
    fallback,
    async getValue(db) {
      const row = await settingsTable(db).get(key);
      return row === undefined ? fallback : check(row.value);
    },
    async setValue(db, value) {
      const parsed = schema(await schemas()).parse(value);
      await settingsTable(db).put({ key, value: parsed });
    },
    async removeValue(db) {
      await settingsTable(db).delete(key);
    },
    async hasValue(db) {
      return (await settingsTable(db).get(key)) !== undefined;
    },
  };
}

export interface SettingFamily<T> {
  readonly prefix: string;
  readonly fallback: T;
  /** The setting stored under prefix + suffix. */
  at(suffix: string): SettingItem<T>;
  /** Removes every row whose key starts with prefix + sub, and returns them as they were (for an undo). */
  takeRows(db: Dexie, sub: string): Promise<SettingRecord[]>;
  /** Puts rows taken with takeRows back; rows of other keys are refused. */
  putRows(db: Dexie, rows: SettingRecord[]): Promise<void>;
}

/** Binds the definitions to the module their schemas live in; setting-keys.ts is the only caller. */
export function settingDefinitions<S>(source: SchemaSource<S>) {
  const schemas = lazy(source);
  return {
    defineSetting: <T>(key: string, options: SettingOptions<S, T>): SettingItem<T> => item(schemas, key, options),
    /** Settings whose keys share a prefix (one draft per task, per unit and month). */
    defineSettingFamily: <T>(prefix: string, options: SettingOptions<S, T>): SettingFamily<T> => ({
      prefix,
      fallback: options.fallback,
      at: (suffix) => item(schemas, prefix + suffix, options),
      async takeRows(db, sub) {
        const rows = await settingsTable(db)
          .where('key')
          .startsWith(prefix + sub)
          .toArray();
        await settingsTable(db).bulkDelete(rows.map((r) => r.key));
        return rows;
      },
      async putRows(db, rows) {
        if (rows.some((r) => !r.key.startsWith(prefix))) throw new RangeError(`not a ${prefix}* setting`);
        await settingsTable(db).bulkPut(rows);
      },
    }),
  };
}
