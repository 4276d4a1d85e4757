import { liveQuery } from 'dexie';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { exportBackup, restoreBackup, tableCounts } from '../../lib/db/backup';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { serializeBackup } from '../../lib/backup/format';
import { readBackup, type ValidBackup } from '../../lib/backup/validate';
import { BACKUP_TABLES } from '../../lib/backup/tables';
import { NOW, dump, fillDb } from '../backup/fixture';
import { seedLedgers } from '../../lib/db/seed-ledgers';
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
  await settingsTable(target).put({ key: 'only-here', value: true });
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
    expect(backup.tables.settings).toContainEqual({ key: settings.lastBackupAt.key, value: NOW });
    expect(await settings.lastBackupAt.getValue(db)).toBe(NOW);
    expect(await tableCounts(db)).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t, backup.tables[t].length])));
  });

  it('reports no backup yet on a new database', async () => {
    expect(await settings.lastBackupAt.getValue(freshDb())).toBeNull();
  });
});

describe('restoreBackup', () => {
  it('replaces every table with the backup, dropping records made since', async () => {
    const { source, backup, target } = await backupAndOtherDb();
    // No bundled ledgers here, so nothing is added to the dismissed seeds (tested below).
    await restoreBackup(target, backup, undefined, []);
    expect(await dump(target)).toEqual(await dump(source));
    expect(await target.tasks.get('user-x#1')).toBeUndefined();
    expect(await settingsTable(target).get('only-here')).toBeUndefined();
  });

  it('leaves the database exactly as before when a table fails midway', async () => {
    const { backup, target } = await backupAndOtherDb();
    const before = await dump(target);
    // tasks come after ledgers: by then the ledgers are written again.
    const ledgersPut = vi.spyOn(target.ledgers, 'bulkPut');
    vi.spyOn(target.tasks, 'bulkPut').mockRejectedValue(new Error('disk full'));
    await expect(restoreBackup(target, backup)).rejects.toThrow('disk full');
    expect(ledgersPut).toHaveBeenCalled();
    expect(await dump(target)).toEqual(before);
  });

  it('leaves the database exactly as before when the last table fails', async () => {
    const { backup, target } = await backupAndOtherDb();
    const before = await dump(target);
    // IndexedDB refuses a record without its key, as it would refuse a write when the disk is full.
    const broken = {
      ...backup,
      tables: { ...backup.tables, settings: [...backup.tables.settings, { value: 'no key' }] },
    } as ValidBackup;
    await expect(restoreBackup(target, broken)).rejects.toThrow();
    expect(await dump(target)).toEqual(before);
  });

  it('reports its progress up to every record written', async () => {
    const { backup, target } = await backupAndOtherDb();
    const inFile = BACKUP_TABLES.reduce((sum, t) => sum + backup.tables[t].length, 0);
    const reports: Array<[number, number]> = [];
    await restoreBackup(target, backup, (written, all) => reports.push([written, all]));
    // Every record of the file, and the dismissed-seeds setting restore adds for bundled ledgers the file lacks.
    const total = reports[0][1];
    expect(total).toBeGreaterThanOrEqual(inFile);
    expect(total).toBeLessThanOrEqual(inFile + 1);
    expect(reports[0]).toEqual([0, total]);
    expect(reports.at(-1)).toEqual([total, total]);
    for (let i = 1; i < reports.length; i++) expect(reports[i][0]).toBeGreaterThanOrEqual(reports[i - 1][0]);
  });

  it('wakes live queries of the restored tables', async () => {
    const { backup, target } = await backupAndOtherDb();
    const seen: Array<string | null> = [];
    const subscription = liveQuery(async () => (await target.tasks.get('user-x#1'))?.title ?? null).subscribe((title) =>
      seen.push(title),
    );
    await vi.waitFor(() => expect(seen).toEqual(['只在本机的任务']));
    await restoreBackup(target, backup);
    await vi.waitFor(() => expect(seen.at(-1)).toBeNull());
    subscription.unsubscribe();
  });

  it('writes only the records that differ from the backup', async () => {
    const { backup, target } = await backupAndOtherDb();
    const put = vi.spyOn(target.tasks, 'bulkPut');
    const deleted = vi.spyOn(target.tasks, 'bulkDelete');
    await restoreBackup(target, backup);
    // The target lost sample-2020#2 and gained user-x#1; every other task equals the backup's.
    expect(put.mock.calls.flatMap(([records]) => records.map((r) => r.id))).toEqual(['sample-2020#2']);
    expect(deleted.mock.calls.flatMap(([keys]) => keys)).toEqual(['user-x#1']);
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
    await settingsTable(own).put({ key: settings.dismissedSeeds.key, value: ['wenzhou-2016-pilot-tasks'] });
    await restoreBackup(target, valid(serializeBackup(await exportBackup(own, NOW))));
    expect(await seedLedgers(target, bundledLedgers(), NOW + 2)).toEqual([]);
    expect((await target.ledgers.toArray()).map((l) => l.id)).toEqual(['sample-2020']);
    const dismissed = (await settingsTable(target).get(settings.dismissedSeeds.key))!.value as string[];
    expect(dismissed[0]).toBe('wenzhou-2016-pilot-tasks');
    expect([...dismissed].sort()).toEqual(
      bundledLedgers()
        .map((l) => l.id)
        .sort(),
    );
  });

  it('restores auto-numbered snapshots with their own ids', async () => {
    const { source, backup, target } = await backupAndOtherDb();
    await restoreBackup(target, backup);
    expect(await target.snapshots.toArray()).toEqual(await source.snapshots.toArray());
    const next = await target.snapshots.add({
      at: NOW,
      asOf: '2024-05-07',
      counts: {},
      doneTaskIds: [],
      overdueTaskIds: [],
      indicators: [],
    });
    expect(next).toBeGreaterThan((backup.tables.snapshots[0] as { id: number }).id);
  });
});
