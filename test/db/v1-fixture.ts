import { Dexie } from 'dexie';
import { readFileSync } from 'node:fs';
import { SCHEMA_VERSIONS } from '../../lib/db/migrations';

export const v1Fixture = JSON.parse(readFileSync('test/db/fixtures/v1-database.json', 'utf8')) as {
  tables: Record<string, unknown[]>;
};

/** Writes the v1 fixture through a connection that knows only schema v1, as an old install would have. */
export async function createV1Database(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_VERSIONS[0].stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(v1Fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}
