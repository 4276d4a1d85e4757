import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { serializeBackup } from '../../lib/backup/format';
import { readBackup, readBackupFile } from '../../lib/backup/validate';
import { mergedCatalog } from '../../lib/db/custom-indicators';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';

/** The backup file schema v1 wrote (test/backup/fixtures/README.md): kept for good, never regenerated. */
const bytes = new Uint8Array(readFileSync('test/backup/fixtures/backup-v1.json'));
const v1 = JSON.parse(new TextDecoder().decode(bytes));

let db: ReformDb | undefined;
afterEach(async () => db?.delete());

describe('a version-1 backup restores into the current schema', () => {
  it('is read, upgraded and restored with every record of the file, nothing lost', async () => {
    expect(v1.schemaVersion).toBe(1);
    const read = readBackupFile(bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    db = openDb('upgrade-v1');
    await restoreBackup(db, read.backup);

    for (const table of Object.keys(v1.tables)) {
      const stored = (await db.table(table).toArray()) as Array<Record<string, unknown>>;
      expect(stored, table).toHaveLength(v1.tables[table].length);
      // Every field the v1 file had is there with its value; only new fields are added.
      const key = table === 'settings' ? 'key' : 'id';
      for (const old of v1.tables[table]) {
        const now = stored.find((r) => r[key] === old[key]);
        // The dismissed seeds grow by the bundled ledgers the file does not hold (restore is the truth).
        if (old.key === 'dismissedSeeds') expect(now!.value).toEqual(expect.arrayContaining(old.value));
        else expect(now, `${table} ${old[key]}`).toMatchObject(old);
      }
    }
    const done = (await db.tasks.toArray()).find((t) => t.title === '推进紧密型县域医共体建设');
    expect(done).toMatchObject({ done: 1, doneAt: '2024-06-20', lead: ['县卫健局'] });
    const county = (await db.units.toArray()).find((u) => u.name === '某县')!;
    expect((await db.figures.where('unitId').equals(county.id).first())!.history).toHaveLength(1);
    const catalog = await mergedCatalog(db);
    expect(catalog.find((d) => d.name === '慢病规范管理率')).toBeDefined();
    expect(catalog.find((d) => d.id === 'signing-coverage')!.targets[0]).toMatchObject({ value: 60, by: '2027-12' });
  });

  it('keeps its dismissal of a bundled ledger, and a backup made after it reads back at the current version', async () => {
    const read = readBackupFile(bytes);
    if (!read.ok) throw new Error(read.error);
    db = openDb('upgrade-v1-again');
    await restoreBackup(db, read.backup);
    expect(await seedLedgers(db, bundledLedgers())).toEqual([]);
    const again = readBackup(serializeBackup(await exportBackup(db)), CURRENT_SCHEMA_VERSION);
    expect(again.ok).toBe(true);
    if (again.ok) expect(again.backup.tables.tasks).toHaveLength(v1.tables.tasks.length);
  });
});
