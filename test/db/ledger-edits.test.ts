import { afterEach, describe, expect, it, vi } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { ZodError } from 'zod';
import { openDb, type ReformDb } from '../../lib/db/database';
import {
  addTask,
  createLedger,
  deleteLedger,
  deleteTask,
  ledgerYear,
  undoDeleteLedger,
  undoDeleteTask,
  updateLedger,
  updateTask,
  type LedgerDraft,
  type TaskEdit,
} from '../../lib/db/ledger-edits';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { NOW, dump, fillDb, sampleSeed } from '../backup/fixture';
import { failureText } from '../helpers/fake-i18n';

let db: ReformDb;
let n = 0;
const freshDb = async () => {
  db = openDb(`ledger-edits-${++n}`);
  await fillDb(db);
  return db;
};
afterEach(async () => {
  await db?.delete();
  vi.restoreAllMocks();
});

const draft = (over: Partial<LedgerDraft> = {}): LedgerDraft => ({
  title: '某县 2023 年医改重点任务',
  issuer: '县医改办',
  docNumber: null,
  issued: null,
  region: '某县',
  ...over,
});
const edit = (over: Partial<TaskEdit> = {}): TaskEdit => ({
  seq: '9',
  group: null,
  title: '新任务',
  lead: ['县卫健局'],
  partners: [],
  deadlineText: '年底前',
  ...over,
});
const dismissed = async () => (await settingsTable(db).get(settings.dismissedSeeds.key))?.value;

describe('ledgerYear', () => {
  it('takes the issue date, else a year in the title, else the creation year', () => {
    expect(ledgerYear({ issued: '2019-05-01', title: '2021年台账', createdAt: NOW })).toBe(2019);
    expect(ledgerYear({ issued: null, title: '白山市 2021 年重点工作任务台账', createdAt: NOW })).toBe(2021);
    expect(ledgerYear({ issued: null, title: '县域综合医改任务', createdAt: NOW })).toBe(2024);
  });
});

describe('ledgers', () => {
  it('creates a user ledger and renames it', async () => {
    await freshDb();
    const ledger = await createLedger(db, draft({ title: '  新台账  ' }), NOW);
    expect(ledger).toMatchObject({ title: '新台账', origin: 'user', createdAt: NOW });
    expect(ledger.id).toMatch(/^user-/);
    await updateLedger(db, ledger.id, draft({ title: '改名后的台账', docNumber: '县医改办〔2023〕2号' }), NOW + 1);
    expect(await db.ledgers.get(ledger.id)).toMatchObject({
      title: '改名后的台账',
      docNumber: '县医改办〔2023〕2号',
      updatedAt: NOW + 1,
    });
  });

  it('rejects an empty title or a bad date with a Chinese message and writes nothing', async () => {
    await freshDb();
    const before = await dump(db);
    expect(await failureText(createLedger(db, draft({ title: '  ' })))).toContain('台账名称不能为空');
    await expect(updateLedger(db, 'sample-2020', draft({ issued: '2020-3-1' }))).rejects.toThrow(ZodError);
    await expect(updateLedger(db, 'sample-2020', draft({ issued: '2020-3-1' }))).rejects.toThrow(
      '日期格式应为 YYYY-MM-DD',
    );
    expect(await dump(db)).toEqual(before);
  });

  it('moves relative deadlines when the ledger year changes, and leaves the rest alone', async () => {
    await freshDb();
    await updateLedger(db, 'sample-2020', { ...draft(), title: '示例台账', issued: '2022-02-01' }, NOW + 1);
    expect((await db.tasks.get('sample-2020#1'))?.due).toBe('2022-12-31');
    expect(await db.tasks.get('sample-2020#3')).toMatchObject({ due: '2021-06-30', updatedAt: NOW });
  });

  it('deletes a seed ledger with its tasks, remembers the dismissal, and undo restores it exactly', async () => {
    await freshDb();
    const before = await dump(db);
    const deleted = await deleteLedger(db, 'sample-2020');
    expect(deleted.tasks).toHaveLength(3);
    expect(await db.ledgers.get('sample-2020')).toBeUndefined();
    expect(await db.tasks.where('ledgerId').equals('sample-2020').count()).toBe(0);
    expect(await dismissed()).toEqual(['sample-2020']);
    // An update runs the seeding again: a dismissed seed must stay deleted.
    expect(await seedLedgers(db, [sampleSeed])).toEqual([]);

    await undoDeleteLedger(db, deleted);
    expect(await dismissed()).toEqual([]);
    const after = await dump(db);
    expect({
      ...after,
      settings: after.settings.filter((s) => (s as { key: string }).key !== settings.dismissedSeeds.key),
    }).toEqual(before);
  });

  it('does not dismiss a user ledger, and undoes its deletion', async () => {
    await freshDb();
    const ledger = await createLedger(db, draft(), NOW);
    await addTask(db, ledger.id, edit(), NOW);
    const before = await dump(db);
    const deleted = await deleteLedger(db, ledger.id);
    expect(await dismissed()).toBeUndefined();
    await undoDeleteLedger(db, deleted);
    expect(await dump(db)).toEqual(before);
  });

  it('undoes a ledger deletion in one transaction: a failure restores nothing', async () => {
    await freshDb();
    const deleted = await deleteLedger(db, 'sample-2020');
    const between = await dump(db);
    vi.spyOn(db.tasks, 'bulkPut').mockRejectedValue(new Error('boom'));
    await expect(undoDeleteLedger(db, deleted)).rejects.toThrow('boom');
    expect(await dump(db)).toEqual(between);
  });
});

describe('tasks', () => {
  it('adds a task after the last one, dated with the ledger year', async () => {
    await freshDb();
    const task = await addTask(db, 'sample-2020', edit({ deadlineText: '年底前' }), NOW);
    expect(task).toMatchObject({ ledgerId: 'sample-2020', order: 3, due: '2020-12-31', deadlineKind: 'date', done: 0 });
    expect(await db.tasks.get(task.id)).toEqual(task);
  });

  it('edits what a task says; done state, history and notes stay unless changed', async () => {
    await freshDb();
    await db.tasks.update('sample-2020#1', {
      done: 1,
      doneAt: '2020-12-01',
      history: [{ at: 1, action: 'done:2020-12-01' }],
      notes: [{ at: 2, text: '已完成' }],
    });
    const next = await updateTask(
      db,
      'sample-2020#1',
      edit({ title: '改过的任务', deadlineText: '2021年3月底前' }),
      NOW + 5,
    );
    expect(next).toMatchObject({
      title: '改过的任务',
      due: '2021-03-31',
      deadlineKind: 'date',
      done: 1,
      doneAt: '2020-12-01',
      updatedAt: NOW + 5,
    });
    expect(next.history).toHaveLength(1);
    expect(next.notes).toEqual([{ at: 2, text: '已完成' }]);
  });

  it('lets a manual due date override the text, and dropping it returns to the parsed date', async () => {
    await freshDb();
    expect(
      await updateTask(db, 'sample-2020#2', edit({ deadlineText: '长期坚持', dueOverride: '2020-09-30' })),
    ).toMatchObject({
      due: '2020-09-30',
      dueOverride: '2020-09-30',
      deadlineKind: 'open',
    });
    expect(await updateTask(db, 'sample-2020#2', edit({ deadlineText: '长期坚持', dueOverride: null }))).toMatchObject({
      due: '',
      dueOverride: null,
    });
  });

  it('rejects an empty title in Chinese and keeps the stored task', async () => {
    await freshDb();
    const before = await db.tasks.get('sample-2020#1');
    expect(await failureText(updateTask(db, 'sample-2020#1', edit({ title: ' ' })))).toContain('任务名称不能为空');
    expect(await failureText(addTask(db, 'sample-2020', edit({ title: '' })))).toContain('任务名称不能为空');
    expect(await db.tasks.get('sample-2020#1')).toEqual(before);
    expect(await db.tasks.count()).toBe(3);
  });

  it('deletes a task and undo puts back exactly the same record', async () => {
    await freshDb();
    const before = await dump(db);
    const removed = await deleteTask(db, 'sample-2020#2');
    expect(await db.tasks.get('sample-2020#2')).toBeUndefined();
    await undoDeleteTask(db, removed);
    expect(await dump(db)).toEqual(before);
  });

  it('will not undo a task into a ledger deleted meanwhile', async () => {
    await freshDb();
    const removed = await deleteTask(db, 'sample-2020#2');
    await deleteLedger(db, 'sample-2020');
    expect(await failureText(undoDeleteTask(db, removed))).toContain('台账不存在');
    expect(await db.tasks.get('sample-2020#2')).toBeUndefined();
  });
});
