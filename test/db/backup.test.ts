import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { exportBackup, restoreBackup, tableCounts } from '../../lib/db/backup';
import { LAST_BACKUP_KEY, readLastBackupAt } from '../../lib/db/last-backup';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { serializeBackup } from '../../lib/backup/format';
import { readBackup, type ValidBackup } from '../../lib/backup/validate';
import { BACKUP_TABLES } from '../../lib/backup/tables';
import { NOW, dump, fillDb } from '../backup/fixture';
import { DISMISSED_SEEDS_KEY, seedLedgers } from '../../lib/db/seed-ledgers';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';

const opened: ReformDb[] = [];
let n = 0;
const freshDb = () => {
  const db = openDb(`backup-test-${++n}`);
  opened.push(db);
  return db;
};
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
  vi.restoreAllMocks();
});

function valid(text: string): ValidBackup {
  const result = readBackup(text, CURRENT_SCHEMA_VERSION);
  if (!result.ok) throw new Error(result.error);
  return result.backup;
}

/** A backup of a filled database, and a second database that holds different data. */
async function backupAndOtherDb() {
  const source = freshDb();
  await fillDb(source);
  const backup = valid(serializeBackup(await exportBackup(source, NOW)));
  const target = freshDb();
  await fillDb(target);
  await target.ledgers.update('sample-2020', { title: '改过的名字' });
  await target.tasks.delete('sample-2020#2');
  await target.tasks.add({ ...(await target.tasks.get('sample-2020#1'))!, id: 'user-x#1', title: '只在本机的任务' });
  await target.settings.put({ key: 'only-here', value: true });
  return { source, backup, target };
}

describe('exportBackup', () => {
  it('holds every table and records the time of the backup in the file and the database', async () => {
    const db = freshDb();
    await fillDb(db);
    const backup = await exportBackup(db, NOW);
    expect(backup.format).toBe('reform-ledger-backup');
    expect(backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(backup.exportedAt).toBe(new Date(NOW).toISOString());
    expect(Object.keys(backup.tables).sort()).toEqual([...BACKUP_TABLES].sort());
    for (const table of BACKUP_TABLES) expect(backup.tables[table].length, table).toBeGreaterThan(0);
    expect(backup.tables.settings).toContainEqual({ key: LAST_BACKUP_KEY, value: NOW });
    expect(await readLastBackupAt(db)).toBe(NOW);
    expect(await tableCounts(db)).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t].length])));
  });

  it('reports no backup yet on a new database', async () => {
    expect(await readLastBackupAt(freshDb())).toBeNull();
  });
});

describe('restoreBackup', () => {
  it('replaces every table with the backup, dropping records made since', async () => {
    const { source, backup, target } = await backupAndOtherDb();
    // No bundled ledgers here, so nothing is added to the dismissed seeds (tested below).
    await restoreBackup(target, backup, []);
    expect(await dump(target)).toEqual(await dump(source));
    expect(await target.tasks.get('user-x#1')).toBeUndefined();
    expect(await target.settings.get('only-here')).toBeUndefined();
  });

  it('leaves the database exactly as before when a table fails midway', async () => {
    const { backup, target } = await backupAndOtherDb();
    const before = await dump(target);
    // tasks come after ledgers: by then every table is cleared and the ledgers are written again.
    const ledgersAdd = vi.spyOn(target.ledgers, 'bulkAdd');
    vi.spyOn(target.tasks, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(restoreBackup(target, backup)).rejects.toThrow('disk full');
    expect(ledgersAdd).toHaveBeenCalled();
    expect(await dump(target)).toEqual(before);
  });

  it('leaves the database exactly as before when the last table fails', async () => {
    const { backup, target } = await backupAndOtherDb();
    const before = await dump(target);
    vi.spyOn(target.settings, 'bulkAdd').mockRejectedValue(new Error('quota'));
    await expect(restoreBackup(target, backup)).rejects.toThrow('quota');
    expect(await dump(target)).toEqual(before);
  });

  it('is the truth for bundled ledgers: those not in the file are not re-added by the next install or update', async () => {
    const source = freshDb();
    await seedLedgers(source, bundledLedgers(), NOW);
    await source.ledgers.delete('guyuan-2020-county-reform'); // gone without a dismissal, as a hand-edited file would be
    await source.tasks.where('ledgerId').equals('guyuan-2020-county-reform').delete();
    const backup = valid(serializeBackup(await exportBackup(source, NOW)));
    const target = freshDb();
    await seedLedgers(target, bundledLedgers(), NOW);
    await restoreBackup(target, backup);
    expect(await seedLedgers(target, bundledLedgers(), NOW + 1)).toEqual([]);
    expect(await target.ledgers.get('guyuan-2020-county-reform')).toBeUndefined();
    expect(await target.ledgers.count()).toBe(5);
    // A file of the user's own ledgers only: no bundled ledger comes back, and the user's dismissals stay.
    const own = freshDb();
    await fillDb(own);
    await own.settings.put({ key: DISMISSED_SEEDS_KEY, value: ['wenzhou-2016-pilot-tasks'] });
    await restoreBackup(target, valid(serializeBackup(await exportBackup(own, NOW))));
    expect(await seedLedgers(target, bundledLedgers(), NOW + 2)).toEqual([]);
    expect((await target.ledgers.toArray()).map((l) => l.id)).toEqual(['sample-2020']);
    const dismissed = (await target.settings.get(DISMISSED_SEEDS_KEY))!.value as string[];
    expect(dismissed[0]).toBe('wenzhou-2016-pilot-tasks');
    expect([...dismissed].sort()).toEqual(bundledLedgers().map((l) => l.id).sort());
  });

  it('restores auto-numbered snapshots with their own ids', async () => {
    const { source, backup, target } = await backupAndOtherDb();
    await restoreBackup(target, backup);
    expect(await target.snapshots.toArray()).toEqual(await source.snapshots.toArray());
    const next = await target.snapshots.add({ at: NOW, asOf: '2024-05-07', counts: {}, doneTaskIds: [], overdueTaskIds: [], indicators: [] });
    expect(next).toBeGreaterThan((backup.tables.snapshots[0] as { id: number }).id);
  });
});
