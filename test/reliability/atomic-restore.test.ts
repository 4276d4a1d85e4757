import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import type { ReformDb } from '../../lib/db/database';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { serializeBackup } from '../../lib/backup/format';
import { readBackup, type ValidBackup } from '../../lib/backup/validate';
import { NOW } from '../backup/fixture';
import { FAILURES, dumpAll, expectNothingChanged, failMidway, filledDb } from './inject';

const dbs: ReformDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

/** A valid backup of one database, and another database with different data to restore it into. */
async function backupAndTarget(): Promise<{ backup: ValidBackup; target: ReformDb }> {
  const source = await filledDb('atomic-restore-source');
  await source.tasks.update('sample-2020#1', { done: 1, doneAt: '2024-05-01' });
  await source.units.add({ id: 'clinic', name: '某乡卫生院', parentId: 'county', createdAt: NOW });
  const read = readBackup(serializeBackup(await exportBackup(source, NOW)), CURRENT_SCHEMA_VERSION);
  if (!read.ok) throw new Error(read.error);
  const target = await filledDb('atomic-restore-target');
  await target.ledgers.update('sample-2020', { title: '本机改过的台账名' });
  dbs.push(source, target);
  return { backup: read.backup, target };
}

describe.each(FAILURES)('restore that fails midway with $name', (failure) => {
  it('after the tables were cleared and the ledgers written, every table is as before', async () => {
    const { backup, target } = await backupAndTarget();
    failMidway(target.tasks, 'bulkPut', failure.make);
    await expectNothingChanged(target, () => restoreBackup(target, backup), failure);
  });

  it('in the last table (settings), every table is as before', async () => {
    const { backup, target } = await backupAndTarget();
    failMidway(settingsTable(target), 'bulkPut', failure.make);
    await expectNothingChanged(target, () => restoreBackup(target, backup), failure);
  });
});

it('the same restore without a failure replaces the data', async () => {
  const { backup, target } = await backupAndTarget();
  const before = await dumpAll(target);
  await restoreBackup(target, backup);
  expect(await dumpAll(target)).not.toEqual(before);
  expect(await target.units.get('clinic')).toBeDefined();
});
