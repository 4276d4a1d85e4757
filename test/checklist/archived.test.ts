import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { loadChecklist } from '../../lib/db/checklist-queries';
import { setLedgerArchived, setTasksArchived } from '../../lib/db/archive';
import { setDone } from '../../lib/db/task-actions';
import { dueSoon } from '../../lib/background/due-soon';
import { BUCKETS, type BucketId } from '../../lib/model/due-status';
import { isPastDocument } from '../../lib/checklist/historic';
import { DEFAULT_FILTERS } from '../../lib/checklist/settings';
import type { ChecklistPeriod } from '../../lib/checklist/period';
import { dbWith, makeTask } from './task-fixture';

let db: ReformDb;
afterEach(() => db?.delete());

const TODAY = '2026-03-10';
const limits = Object.fromEntries(BUCKETS.map((id) => [id, 50])) as Record<BucketId, number>;
const titles = async (filters = DEFAULT_FILTERS, period: ChecklistPeriod = 'current') => {
  const { sections } = await loadChecklist(db, { today: TODAY, filters, limits, period });
  return BUCKETS.flatMap((id) => sections[id].rows.map((r) => r.task.title)).sort();
};

function tasks() {
  return [
    makeTask({ title: '现行逾期', due: '2026-03-01', lead: ['医保局'] }),
    makeTask({ title: '现行本周', due: '2026-03-12' }),
    makeTask({ title: '归档逾期', due: '2018-12-31', archived: 1, lead: ['医保局'] }),
    makeTask({ title: '归档本周', due: '2026-03-11', archived: 1, ledgerId: 'ledger-b' }),
    makeTask({ title: '归档每月', due: '', deadlineKind: 'recurring', deadlineText: '每月10日前', archived: 1 }),
    makeTask({ title: '归档已完成', due: '2018-06-30', done: 1, doneAt: '2018-06-30', archived: 1 }),
  ];
}

describe('archived (归档) tasks', () => {
  it('are never in the checklist, unfiltered or filtered by ledger or department', async () => {
    db = await dbWith(tasks());
    expect(await titles()).toEqual(['现行本周', '现行逾期']);
    expect(await titles({ ...DEFAULT_FILTERS, ledgerId: 'ledger-b' })).toEqual([]);
    expect(await titles({ ...DEFAULT_FILTERS, departments: ['医保局'] })).toEqual(['现行逾期']);
    expect(await titles({ ...DEFAULT_FILTERS, search: '归档' })).toEqual([]);
  });

  it('never count on the badge or in the reminder, with or without "my departments"', async () => {
    db = await dbWith(tasks());
    const all = await dueSoon(db, { today: TODAY, days: 7, departments: [], lineLimit: 10 });
    expect(all.counts).toEqual({ overdue: 1, soon: 1 });
    expect(all.rows.map((r) => r.task.title).sort()).toEqual(['现行本周', '现行逾期']);
    const mine = await dueSoon(db, { today: TODAY, days: 7, departments: ['医保局'], lineLimit: 10 });
    expect(mine.counts).toEqual({ overdue: 1, soon: 0 });
  });

  it('a task or a whole ledger is archived and brought back in one step', async () => {
    db = await dbWith(tasks());
    const current = (await db.tasks.toArray()).find((t) => t.title === '现行逾期');
    await setTasksArchived(db, [current!.id], true);
    expect(await titles()).toEqual(['现行本周']);
    expect((await db.tasks.get(current!.id))!.history.at(-1)!.action).toBe('archive');
    await setTasksArchived(db, [current!.id], false);
    expect(await titles()).toEqual(['现行本周', '现行逾期']);

    await setLedgerArchived(db, 'ledger-a', true);
    expect(await titles()).toEqual([]);
    expect((await db.ledgers.get('ledger-a'))!.archived).toBe(1);
    // Bringing the ledger back brings back all of its tasks, those archived one by one before included.
    await setLedgerArchived(db, 'ledger-a', false);
    expect(await titles()).toEqual(['归档每月', '现行本周', '现行逾期']);
    // The two tasks of 2018 are back too, among earlier years' work.
    expect(await titles(DEFAULT_FILTERS, 'history')).toEqual(['归档已完成', '归档逾期']);
    expect(await titles({ ...DEFAULT_FILTERS, ledgerId: 'ledger-b' })).toEqual([]);
  });

  it('a selection is marked done or archived together', async () => {
    db = await dbWith(tasks());
    const open = (await db.tasks.toArray()).filter((t) => t.title.startsWith('现行')).map((t) => t.id);
    await setDone(db, open, true, TODAY);
    const { sections } = await loadChecklist(db, { today: TODAY, filters: DEFAULT_FILTERS, limits });
    expect(sections.done.rows.map((r) => r.task.title).sort()).toEqual(['现行本周', '现行逾期']);
    await setTasksArchived(db, open, true);
    expect(await titles()).toEqual([]);
  });
});

const task = (due: string, deadlineKind: 'date' | 'recurring' | 'open' = 'date') => ({ due, deadlineKind });

describe('isPastDocument', () => {
  it('is history when every dated task is past', () => {
    expect(isPastDocument([task('2018-12-31'), task('2020-12-31'), task('', 'open')], null, TODAY)).toBe(true);
    expect(isPastDocument([task('2018-12-31'), task('2026-12-31')], null, TODAY)).toBe(false);
  });
  it('without dated tasks, is history once its year of issue is over', () => {
    expect(isPastDocument([task('', 'open'), task('', 'recurring')], '2021-10-29', TODAY)).toBe(true);
    expect(isPastDocument([task('', 'open')], '2026-01-05', TODAY)).toBe(false);
    expect(isPastDocument([task('', 'open')], null, TODAY)).toBe(false);
  });
});
