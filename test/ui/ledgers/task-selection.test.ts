import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getDb } from '../../../lib/db/database';
import { bulkTasks } from '../../../lib/ui/ledgers/actions';
import { actedOn, clickRow, filterTasks, toggleAll } from '../../../lib/ui/ledgers/task-selection';
import { makeTask } from '../../checklist/task-fixture';

const ids = ['a', 'b', 'c', 'd', 'e'];

describe('selecting rows of the task table', () => {
  it('a click ticks one row; Shift-click ticks every row from the last clicked one, either direction', () => {
    let s = clickRow(new Set(), ids, 'b', true, null, false);
    expect([...s]).toEqual(['b']);
    s = clickRow(s, ids, 'd', true, 'b', true);
    expect([...s].sort()).toEqual(['b', 'c', 'd']);
    // Shift-unticking a range upwards clears it.
    s = clickRow(s, ids, 'c', false, 'd', true);
    expect([...s]).toEqual(['b']);
    // No anchor (or an anchor filtered away): Shift acts on the one row.
    expect([...clickRow(new Set(), ids, 'e', true, 'zz', true)]).toEqual(['e']);
  });

  it('the header box selects every row shown, keeping rows selected outside the filter, and clears them again', () => {
    const shown = ['b', 'c'];
    const all = toggleAll(new Set(['e']), shown);
    expect([...all].sort()).toEqual(['b', 'c', 'e']);
    expect([...toggleAll(all, shown)]).toEqual(['e']);
    // A bulk action acts only on what is selected and shown, in table order.
    expect(actedOn(new Set(['e', 'c', 'b']), shown)).toEqual(['b', 'c']);
  });

  it('filters by search over the task and by state, archived tasks included', () => {
    const tasks = [
      makeTask({ title: '推进家庭医生签约', lead: ['卫健局'] }),
      makeTask({ title: '药品集中采购', lead: ['医保局'], done: 1, doneAt: '2026-01-02' }),
      makeTask({ title: '医共体建设', lead: ['卫健局'], archived: 1 }),
    ];
    expect(filterTasks(tasks, { search: '卫健局', state: 'all' }).map((t) => t.title)).toEqual([
      '推进家庭医生签约',
      '医共体建设',
    ]);
    expect(filterTasks(tasks, { search: '', state: 'archived' }).map((t) => t.title)).toEqual(['医共体建设']);
    expect(filterTasks(tasks, { search: '', state: 'open' }).map((t) => t.title)).toEqual(['推进家庭医生签约']);
    expect(filterTasks(tasks, { search: '采购', state: 'done' })).toHaveLength(1);
  });
});

describe('bulk actions on a selection', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    await getDb().tasks.clear();
  });
  afterEach(() => vi.restoreAllMocks());

  it('marks the selection done in one step; undo reopens only the tasks it changed', async () => {
    const db = getDb();
    const [open1, open2, done] = [
      makeTask({ due: '2026-03-01' }),
      makeTask({ due: '2026-04-01' }),
      makeTask({ due: '2026-02-01', done: 1, doneAt: '2026-02-01' }),
    ];
    await db.tasks.bulkAdd([open1, open2, done]);
    const { changed, undo } = await bulkTasks([open1.id, open2.id, done.id], 'done', '2026-05-01');
    expect(changed).toBe(2);
    expect((await db.tasks.bulkGet([open1.id, open2.id])).map((t) => t!.doneAt)).toEqual(['2026-05-01', '2026-05-01']);
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: 'checklist:changed' });
    await undo();
    const after = await db.tasks.bulkGet([open1.id, open2.id, done.id]);
    expect(after.map((t) => t!.done)).toEqual([0, 0, 1]);
    // The task that was done before keeps its own date.
    expect(after[2]!.doneAt).toBe('2026-02-01');
  });

  it('archives and restores a selection, all or nothing', async () => {
    const db = getDb();
    const tasks = [makeTask(), makeTask(), makeTask({ archived: 1 })];
    await db.tasks.bulkAdd(tasks);
    const archived = await bulkTasks(
      tasks.map((t) => t.id),
      'archive',
    );
    expect(archived.changed).toBe(2);
    expect((await db.tasks.toArray()).every((t) => t.archived === 1)).toBe(true);
    await archived.undo();
    expect((await db.tasks.bulkGet(tasks.map((t) => t.id))).map((t) => t!.archived)).toEqual([0, 0, 1]);
    // One unknown id: nothing is written.
    await expect(bulkTasks([tasks[0].id, 'missing'], 'archive')).rejects.toThrow();
    expect((await db.tasks.get(tasks[0].id))!.archived).toBe(0);
    const restored = await bulkTasks([tasks[2].id], 'restore');
    expect(restored.changed).toBe(1);
    expect((await db.tasks.get(tasks[2].id))!.archived).toBe(0);
  });
});
