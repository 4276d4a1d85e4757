import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { addNote, setDone } from '../../lib/db/task-actions';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { effectiveDue } from '../../lib/model/effective-due';
import { loadChecklist } from '../../lib/db/checklist-queries';
import { DEFAULT_FILTERS } from '../../lib/checklist/settings';
import { timeline } from '../../lib/checklist/timeline';

const LIMITS = { overdue: 50, week: 50, month: 50, later: 50, undated: 50, done: 50 };

let db: ReformDb;
afterEach(() => db?.delete());

describe('check-off and undo', () => {
  it('marks a task done with today and records it in the history', async () => {
    const task = makeTask({ due: '2024-06-30' });
    db = await dbWith([task]);
    await setDone(db, [task.id], true, '2024-06-12', 1000);
    const done = await db.tasks.get(task.id);
    expect(done).toMatchObject({ done: 1, doneAt: '2024-06-12', updatedAt: 1000 });
    expect(done?.history).toEqual([{ at: 1000, action: 'done:2024-06-12' }]);
  });

  it('undo opens it again and keeps the whole history and notes', async () => {
    const task = makeTask({ due: '2024-06-30', notes: [{ at: 5, text: '已部署' }] });
    db = await dbWith([task]);
    await setDone(db, [task.id], true, '2024-06-12', 1000);
    await setDone(db, [task.id], false, '2024-06-12', 2000);
    const reopened = await db.tasks.get(task.id);
    expect(reopened).toMatchObject({ done: 0, doneAt: null, due: '2024-06-30', notes: [{ at: 5, text: '已部署' }] });
    expect(reopened?.history.map((h) => h.action)).toEqual(['done:2024-06-12', 'reopen']);
    // The [done+due] index sees it as open again.
    expect(await db.tasks.where('[done+due]').equals([0, '2024-06-30']).count()).toBe(1);
  });

  it('leaves tasks already in the wanted state untouched', async () => {
    const task = makeTask({ done: 1, doneAt: '2024-01-01', history: [{ at: 1, action: 'done:2024-01-01' }] });
    db = await dbWith([task]);
    expect(await setDone(db, [task.id], true, '2024-06-12')).toEqual([]);
    expect((await db.tasks.get(task.id))?.doneAt).toBe('2024-01-01');
  });

  it('writes several tasks in one transaction: one bad task changes none', async () => {
    const good = makeTask();
    const broken = makeTask();
    db = await dbWith([good, broken]);
    // A record that no longer fits the schema (e.g. an old bad import) must not be written back.
    await db.tasks.update(broken.id, { title: '' });
    await expect(setDone(db, [good.id, broken.id], true, '2024-06-12')).rejects.toThrow();
    expect((await db.tasks.get(good.id))?.done).toBe(0);
    await expect(setDone(db, [good.id, 'missing'], true, '2024-06-12')).rejects.toThrow('missing');
    expect((await db.tasks.get(good.id))?.done).toBe(0);
    await setDone(db, [good.id], true, '2024-06-12');
    expect((await db.tasks.get(good.id))?.done).toBe(1);
  });
});

describe('progress notes', () => {
  it('appends a trimmed note and keeps earlier ones', async () => {
    const task = makeTask({ notes: [{ at: 1, text: '第一次' }] });
    db = await dbWith([task]);
    await addNote(db, task.id, '  已提交方案  ', 500);
    const noted = await db.tasks.get(task.id);
    expect(noted?.notes).toEqual([
      { at: 1, text: '第一次' },
      { at: 500, text: '已提交方案' },
    ]);
    expect(noted?.updatedAt).toBe(500);
  });

  it('rejects empty and overlong notes without writing', async () => {
    const task = makeTask();
    db = await dbWith([task]);
    await expect(addNote(db, task.id, '   ')).rejects.toThrow();
    await expect(addNote(db, task.id, '字'.repeat(501))).rejects.toThrow();
    await expect(addNote(db, 'missing', '进度')).rejects.toThrow();
    expect((await db.tasks.get(task.id))?.notes).toEqual([]);
  });
});

const monthly = () => makeTask({ deadlineText: '每月', deadlineKind: 'recurring', due: '' });

describe('recurring duties complete per period', () => {
  it('ticking in November completes November only: December opens, November is recorded, undo brings November back', async () => {
    const task = monthly();
    db = await dbWith([task]);
    expect(effectiveDue(task, '2026-11-20')).toBe('2026-11-30');

    await setDone(db, [task.id], true, '2026-11-20', 1000);
    const ticked = (await db.tasks.get(task.id))!;
    expect(ticked.done).toBe(0);
    expect(ticked.periodsDone).toEqual([{ due: '2026-11-30', doneAt: '2026-11-20', at: 1000 }]);
    expect(effectiveDue(ticked, '2026-11-20')).toBe('2026-12-31');
    expect(ticked.history.map((h) => h.action)).toEqual(['period-done:2026-11-30:2026-11-20']);
    // The checklist files it under December's date, still open.
    const view = await loadChecklist(db, { today: '2026-11-20', filters: DEFAULT_FILTERS, limits: LIMITS });
    expect(view.sections.later.rows.map((r) => [r.task.id, r.due])).toEqual([[task.id, '2026-12-31']]);
    expect(view.sections.done.count).toBe(0);

    // December ticked in December: November's record stays beside it.
    await setDone(db, [task.id], true, '2026-12-28', 2000);
    const twice = (await db.tasks.get(task.id))!;
    expect(twice.periodsDone?.map((p) => p.due)).toEqual(['2026-11-30', '2026-12-31']);
    expect(effectiveDue(twice, '2026-12-28')).toBe('2027-01-31');

    // Undo takes back only the latest tick.
    await setDone(db, [task.id], false, '2026-12-28', 3000);
    const undone = (await db.tasks.get(task.id))!;
    expect(undone.periodsDone?.map((p) => p.due)).toEqual(['2026-11-30']);
    expect(effectiveDue(undone, '2026-12-28')).toBe('2026-12-31');
    expect(undone.history.at(-1)?.action).toBe('period-reopen:2026-12-31');
    expect(timeline(undone).map((e) => e.kind)).toEqual(['periodReopen', 'periodDone', 'periodDone']);
  });

  it('a quarterly duty (每季度末) ticked completes the quarter; a dated task is still done as a whole', async () => {
    const quarterly = makeTask({ deadlineText: '每季度末', deadlineKind: 'recurring', due: '' });
    const dated = makeTask({ due: '2026-12-10' });
    db = await dbWith([quarterly, dated]);
    await setDone(db, [quarterly.id, dated.id], true, '2026-11-20', 1000);
    const q = (await db.tasks.get(quarterly.id))!;
    expect(q.periodsDone?.map((p) => p.due)).toEqual(['2026-12-31']);
    expect(effectiveDue(q, '2026-11-20')).toBe('2027-03-31');
    expect((await db.tasks.get(dated.id))?.done).toBe(1);
  });

  it('a double click on the row completes one period: the second tick still names the period already done', async () => {
    const task = monthly();
    db = await dbWith([task]);
    const seen = { [task.id]: effectiveDue(task, '2026-11-20') };
    // Both ticks start before either is written, as two clicks 100 ms apart do.
    await Promise.all([
      setDone(db, [task.id], true, '2026-11-20', 1000, seen),
      setDone(db, [task.id], true, '2026-11-20', 1001, seen),
    ]);
    const ticked = (await db.tasks.get(task.id))!;
    expect(ticked.periodsDone?.map((p) => p.due)).toEqual(['2026-11-30']);
    expect(ticked.history.map((h) => h.action)).toEqual(['period-done:2026-11-30:2026-11-20']);
    // Once the row shows December, ticking it completes December.
    await setDone(db, [task.id], true, '2026-11-20', 2000, { [task.id]: effectiveDue(ticked, '2026-11-20') });
    expect((await db.tasks.get(task.id))!.periodsDone?.map((p) => p.due)).toEqual(['2026-11-30', '2026-12-31']);
  });

  it('a duty ticked done as a whole before periods existed is reopened as a whole', async () => {
    const old = makeTask({ deadlineText: '每月', deadlineKind: 'recurring', due: '', done: 1, doneAt: '2026-10-01' });
    db = await dbWith([old]);
    await setDone(db, [old.id], false, '2026-11-20', 1000);
    expect(await db.tasks.get(old.id)).toMatchObject({ done: 0, doneAt: null });
  });
});
