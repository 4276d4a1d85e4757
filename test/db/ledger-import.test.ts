import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { openDb, type ReformDb } from '../../lib/db/database';
import { commitImport, undoImport } from '../../lib/db/ledger-import';
import { addTask } from '../../lib/db/ledger-edits';
import { taskRecord } from '../../lib/model/records';
import { detectColumns, splitTableText, type ColumnMapping } from '../../lib/ledger/table-import';
import { NOW, dump, fillDb } from '../backup/fixture';
import { failureText } from '../helpers/fake-i18n';

let db: ReformDb;
let n = 0;
const freshDb = async () => {
  db = openDb(`ledger-import-${++n}`);
  await fillDb(db);
};
afterEach(async () => {
  await db?.delete();
  vi.restoreAllMocks();
});

const fixtureRows = (name: string) => splitTableText(readFileSync(`test/ledger/fixtures/${name}`, 'utf8'));
const newLedger = (title: string, issued: string | null = null) => ({
  kind: 'new' as const,
  ledger: { title, issuer: '市医改办', docNumber: null, issued, region: '' },
});

describe('commitImport', () => {
  it('adds a new ledger and all its tasks, every one a valid record in table order', async () => {
    await freshDb();
    const rows = fixtureRows('guyuan-word.txt');
    const mapping = detectColumns(rows)!;
    const { ledger, tasks } = await commitImport(
      db,
      { rows, mapping, target: newLedger('固原市县域综合医改任务分工') },
      NOW,
    );
    expect(tasks).toHaveLength(17);
    const stored = await db.tasks.where('ledgerId').equals(ledger.id).sortBy('order');
    expect(stored).toEqual(tasks);
    for (const task of stored) taskRecord.parse(task);
    expect(stored.map((t) => t.order)).toEqual(stored.map((_, i) => i));
    expect(stored[0]).toMatchObject({
      seq: '1',
      title: '制定《固原市全面开展县（区）域综合医改实施方案》',
      lead: ['市医改办'],
      deadlineText: '2020年11月底前',
      due: '2020-11-30',
    });
    expect(await db.ledgers.get(ledger.id)).toMatchObject({ title: '固原市县域综合医改任务分工', origin: 'user' });
  });

  it('uses the mapping the user changed in the preview', async () => {
    await freshDb();
    const rows = fixtureRows('baishan-word.txt');
    const detected = detectColumns(rows)!;
    // The user swaps 牵头 and 配合 and drops the 重点任务 column.
    const { group: _group, ...kept } = detected.columns;
    const mapping: ColumnMapping = {
      ...detected,
      columns: { ...kept, lead: detected.columns.partners, partners: detected.columns.lead },
    };
    const { tasks } = await commitImport(
      db,
      { rows, mapping, target: newLedger('白山市 2021 年重点工作任务台账') },
      NOW,
    );
    const withDetected = await commitImport(db, { rows, mapping: detected, target: newLedger('对照') }, NOW);
    expect(tasks.map((t) => t.title)).toEqual(withDetected.tasks.map((t) => t.title));
    expect(tasks.every((t) => t.group === null)).toBe(true);
    expect(withDetected.tasks[0].group).toBe('大力推广三明市医改经验。');
    expect(tasks.map((t) => t.lead)).toEqual(withDetected.tasks.map((t) => t.partners));
    expect(tasks.map((t) => t.partners)).toEqual(withDetected.tasks.map((t) => t.lead));
  });

  it('reads relative deadlines with the new ledger’s year: issue date first, else its title', async () => {
    await freshDb();
    const rows = splitTableText('序号\t工作任务\t牵头部门\t完成时限\n1\t甲\t卫健委\t年底前\n2\t乙\t医保局\t6月底前');
    const mapping = detectColumns(rows)!;
    const byTitle = await commitImport(db, { rows, mapping, target: newLedger('2022年重点任务') }, NOW);
    expect(byTitle.tasks.map((t) => t.due)).toEqual(['2022-12-31', '2022-06-30']);
    const byIssued = await commitImport(db, { rows, mapping, target: newLedger('2022年重点任务', '2023-04-01') }, NOW);
    expect(byIssued.tasks.map((t) => t.due)).toEqual(['2023-12-31', '2023-06-30']);
  });

  it('appends to an existing ledger after its last task, with that ledger’s year', async () => {
    await freshDb();
    const manual = await addTask(
      db,
      'sample-2020',
      { seq: null, group: null, title: '手工任务', lead: [], partners: [], deadlineText: '' },
      NOW,
    );
    const rows = splitTableText('序号\t工作任务\t牵头部门\t完成时限\n1\t追加甲\t卫健委\t年底前\n2\t追加乙\t医保局\t');
    const { ledger, tasks } = await commitImport(
      db,
      { rows, mapping: detectColumns(rows)!, target: { kind: 'existing', ledgerId: 'sample-2020' } },
      NOW,
    );
    expect(ledger.id).toBe('sample-2020');
    expect(tasks.map((t) => t.order)).toEqual([manual.order + 1, manual.order + 2]);
    expect(tasks[0].due).toBe('2020-12-31');
    expect(new Set((await db.tasks.where('ledgerId').equals('sample-2020').toArray()).map((t) => t.id)).size).toBe(6);
  });

  it('writes nothing when the tasks cannot be added: ledger and tasks share one transaction', async () => {
    await freshDb();
    const before = await dump(db);
    const rows = fixtureRows('guyuan-word.txt');
    vi.spyOn(db.tasks, 'bulkAdd').mockRejectedValue(new Error('quota'));
    await expect(
      commitImport(db, { rows, mapping: detectColumns(rows)!, target: newLedger('固原') }, NOW),
    ).rejects.toThrow('quota');
    expect(await dump(db)).toEqual(before);
  });

  it('writes nothing for an invalid ledger, a missing target or a mapping without a title column', async () => {
    await freshDb();
    const before = await dump(db);
    const rows = fixtureRows('guyuan-word.txt');
    const mapping = detectColumns(rows)!;
    expect(await failureText(commitImport(db, { rows, mapping, target: newLedger('  ') }))).toContain(
      '台账名称不能为空',
    );
    expect(
      await failureText(commitImport(db, { rows, mapping, target: { kind: 'existing', ledgerId: 'gone' } })),
    ).toContain('台账不存在');
    const { title: _title, ...noTitle } = mapping.columns;
    expect(
      await failureText(
        commitImport(db, { rows, mapping: { ...mapping, columns: noTitle }, target: newLedger('固原') }),
      ),
    ).toContain('没有可导入的任务行');
    expect(await dump(db)).toEqual(before);
  });

  it('is taken back by undo: a new ledger goes with its tasks, an append removes only what it added', async () => {
    await freshDb();
    const before = await dump(db);
    const rows = fixtureRows('guyuan-word.txt');
    const mapping = detectColumns(rows)!;
    const created = await commitImport(db, { rows, mapping, target: newLedger('固原') }, NOW);
    await undoImport(db, created, true);
    expect(await dump(db)).toEqual(before);
    const appended = await commitImport(
      db,
      { rows, mapping, target: { kind: 'existing', ledgerId: 'sample-2020' } },
      NOW,
    );
    expect(await db.tasks.where('ledgerId').equals('sample-2020').count()).toBe(20);
    await undoImport(db, appended, false);
    expect(await dump(db)).toEqual(before);
  });
});
