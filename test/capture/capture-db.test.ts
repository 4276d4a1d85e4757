import { afterEach, describe, expect, it } from 'vitest';
import { settingsTable } from '../../lib/db/setting';
import { settings } from '../../lib/db/setting-keys';
import { openDb, type ReformDb } from '../../lib/db/database';
import {
  confirmCapture,
  discardCapture,
  knownDepartments,
  readAliases,
  readPendingCapture,
  saveCaptureEdits,
  writePendingCapture,
  type CaptureConfirm,
} from '../../lib/db/capture';
import { createLedger, addTask } from '../../lib/db/ledger-edits';
import { failureText } from '../helpers/fake-i18n';

let db: ReformDb;
let n = 0;
afterEach(async () => {
  await db?.delete();
});
const fresh = () => (db = openDb(`capture-${++n}`));

const base: CaptureConfirm = {
  ledgerId: null,
  year: 2026,
  title: '报送2026年医改重点工作进展情况',
  lead: ['县卫健局'],
  partners: [],
  deadlineText: '12月10日前',
  due: '2026-12-10',
  source: { title: '县医改办 - 通知公告', url: 'https://www.example.gov.cn/tzgg/1.html' },
  text: '关于报送2026年医改重点工作进展情况的通知 请各单位于12月10日前将进展情况报送至县医改办',
  at: 1000,
};

describe('confirmCapture', () => {
  it('creates this year’s 临时任务 ledger on the first capture and reuses it after', async () => {
    fresh();
    const first = await confirmCapture(db, base, 5000);
    const second = await confirmCapture(db, { ...base, title: '第二项', at: null }, 6000);
    expect(first.ledger.title).toBe('2026年临时任务');
    expect(second.ledger.id).toBe(first.ledger.id);
    expect(await db.ledgers.count()).toBe(1);
    const tasks = await db.tasks.where('ledgerId').equals(first.ledger.id).sortBy('order');
    expect(tasks.map((t) => t.title)).toEqual(['报送2026年医改重点工作进展情况', '第二项']);
  });

  it('stores the page as the task’s source, the selection as its first note, and the due date from the text', async () => {
    fresh();
    const { task } = await confirmCapture(db, base, 5000);
    const stored = await db.tasks.get(task.id);
    expect(stored?.source).toEqual(base.source);
    expect(stored?.notes).toEqual([{ at: 5000, text: base.text }]);
    expect(stored?.due).toBe('2026-12-10');
    expect(stored?.deadlineKind).toBe('date');
    // The ledger's own year reads "12月10日前" the same way: no override needed.
    expect(stored?.dueOverride).toBeNull();
  });

  it('keeps a relative deadline’s day as an override, since the ledger cannot re-read "下周五前" later', async () => {
    fresh();
    const { task } = await confirmCapture(db, { ...base, deadlineText: '下周五前', due: '2026-12-11' }, 5000);
    const stored = await db.tasks.get(task.id);
    expect(stored?.deadlineText).toBe('下周五前');
    expect(stored?.due).toBe('2026-12-11');
    expect(stored?.dueOverride).toBe('2026-12-11');
  });

  it('adds to a chosen ledger, and writes nothing when that ledger is gone', async () => {
    fresh();
    const ledger = await createLedger(db, {
      title: '2026年医改重点任务',
      issuer: '',
      docNumber: null,
      issued: null,
      region: '',
    });
    const { task } = await confirmCapture(db, { ...base, ledgerId: ledger.id });
    expect(task.ledgerId).toBe(ledger.id);
    await writePendingCapture(db, { selection: 'x', pageTitle: '', url: '', at: 1000 });
    expect(await failureText(confirmCapture(db, { ...base, ledgerId: 'user-gone' }))).toContain('台账不存在');
    expect(await db.tasks.count()).toBe(1);
    expect(await db.ledgers.count()).toBe(1);
    expect(await readPendingCapture(db)).not.toBeNull();
  });

  it('clears the pending capture it came from, but not a newer one', async () => {
    fresh();
    await writePendingCapture(db, { selection: 'a', pageTitle: '', url: '', at: 1000 });
    await confirmCapture(db, base);
    expect(await settingsTable(db).get(settings.pendingCapture.key)).toBeUndefined();
    await writePendingCapture(db, { selection: 'b', pageTitle: '', url: '', at: 2000 });
    await confirmCapture(db, base);
    expect((await readPendingCapture(db))?.selection).toBe('b');
    await discardCapture(db, 1000);
    expect((await readPendingCapture(db))?.selection).toBe('b');
    await discardCapture(db, 2000);
    expect(await readPendingCapture(db)).toBeNull();
  });

  it('keeps typed form values with their own capture only', async () => {
    fresh();
    const form = {
      title: '改过的标题',
      deadlineText: '下周五前',
      due: '2026-12-11',
      lead: '县卫健局',
      partners: '',
      ledger: '',
    };
    await writePendingCapture(db, { selection: 'a', pageTitle: '', url: '', at: 1000 });
    await saveCaptureEdits(db, 1000, form);
    expect((await readPendingCapture(db))?.form).toEqual(form);
    await writePendingCapture(db, { selection: 'b', pageTitle: '', url: '', at: 2000 });
    await saveCaptureEdits(db, 1000, form);
    expect((await readPendingCapture(db))?.form).toBeUndefined();
  });

  it('rejects an empty title without writing anything', async () => {
    fresh();
    await expect(confirmCapture(db, { ...base, title: '  ' })).rejects.toThrow();
    expect(await db.ledgers.count()).toBe(0);
    expect(await db.tasks.count()).toBe(0);
  });
});

describe('what a draft is matched against', () => {
  it('knows lead and partner departments, my departments, and the aliases table', async () => {
    fresh();
    const ledger = await createLedger(db, { title: '台账', issuer: '', docNumber: null, issued: null, region: '' });
    await addTask(db, ledger.id, {
      seq: null,
      group: null,
      title: 't',
      lead: ['县卫健局'],
      partners: ['县财政局'],
      deadlineText: '',
    });
    await settingsTable(db).put({
      key: settings.filters.key,
      value: { departments: ['县医改办'], ledgerId: null, search: '' },
    });
    await db.aliases.add({ alias: '县卫健委', canonical: '县卫健局', createdAt: 1 });
    expect(await knownDepartments(db)).toEqual(expect.arrayContaining(['县卫健局', '县财政局', '县医改办']));
    expect(await readAliases(db)).toEqual([{ alias: '县卫健委', canonical: '县卫健局' }]);
  });
});
