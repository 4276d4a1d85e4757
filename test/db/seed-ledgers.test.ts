import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { openDb, type ReformDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { taskRecord } from '../../lib/model/records';
import type { SeedLedger } from '../../lib/ledger/seed-schema';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';

let db: ReformDb;
let n = 0;
const freshDb = () => (db = openDb(`seed-test-${++n}`));
afterEach(() => db?.delete());

const sample: SeedLedger = {
  id: 'sample-2020',
  title: '示例台账',
  issuer: '某县医改办',
  docNumber: null,
  issued: '2020-03-01',
  region: '某县',
  source: '000_0000000000000000.txt',
  tasks: [
    { seq: '1', group: null, title: '任务一', lead: ['卫健局'], partners: ['财政局'], deadline: '2020年年底前完成' },
    { seq: '2', group: null, title: '任务二', lead: ['医保局'], partners: [], deadline: '长期坚持' },
  ],
};

describe('seedLedgers', () => {
  it('loads every bundled work item, each a valid task record', async () => {
    freshDb();
    await seedLedgers(db, bundledLedgers());
    expect(await db.ledgers.count()).toBe(6);
    const tasks = await db.tasks.toArray();
    expect(tasks).toHaveLength(204);
    for (const t of tasks) taskRecord.parse(t);
  });

  it('turns deadline text into a due date in the document year', async () => {
    freshDb();
    await seedLedgers(db, [sample]);
    const [first, second] = await db.tasks.orderBy('id').toArray();
    expect(first.due).toBe('2020-12-31');
    expect(second.due).toBe('');
    expect(second.deadlineKind).toBe('open');
  });

  it('is idempotent and never overwrites user changes', async () => {
    freshDb();
    await seedLedgers(db, [sample]);
    await db.tasks.update('sample-2020#1', { title: '用户改过的标题', done: 1, doneAt: '2020-06-01' });
    const addedAgain = await seedLedgers(db, [sample]);
    expect(addedAgain).toEqual([]);
    expect(await db.tasks.count()).toBe(2);
    const edited = await db.tasks.get('sample-2020#1');
    expect(edited?.title).toBe('用户改过的标题');
    expect(edited?.done).toBe(1);
  });

  it('does not bring back a seed ledger the user deleted', async () => {
    freshDb();
    await settingsTable(db).put({ key: settings.dismissedSeeds.key, value: ['sample-2020'] });
    expect(await seedLedgers(db, [sample])).toEqual([]);
    expect(await db.tasks.count()).toBe(0);
  });

  it('writes nothing when a seed is invalid midway', async () => {
    freshDb();
    const broken = { ...sample, id: 'broken', tasks: [{ ...sample.tasks[0], title: '' }] } as SeedLedger;
    await expect(seedLedgers(db, [sample, broken])).rejects.toThrow();
    expect(await db.ledgers.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
  });
});
