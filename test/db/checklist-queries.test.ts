import * as fc from 'fast-check';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { pickerDepartments, loadChecklist } from '../../lib/db/checklist-queries';
import { setDone } from '../../lib/db/task-actions';
import { mergeDepartments, splitDepartment } from '../../lib/db/aliases';
import { BUCKETS, type BucketId } from '../../lib/model/due-status';
import { addDays } from '../../lib/model/calendar';
import { taskFilter } from '../../lib/checklist/filters';
import { groupRows } from '../../lib/checklist/sections';
import { inPeriod, type ChecklistPeriod, type OverdueOrder } from '../../lib/checklist/period';
import { DEFAULT_FILTERS, type ChecklistFilters } from '../../lib/checklist/settings';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { fullScans, spyOnTaskReads } from '../checklist/index-spy';

let db: ReformDb;
afterEach(() => db?.delete());

const TODAY = '2024-12-28';
const limitsOf = (n: number, done = n) =>
  ({ ...Object.fromEntries(BUCKETS.map((id) => [id, n])), done }) as Record<BucketId, number>;
const counts = (s: Awaited<ReturnType<typeof loadChecklist>>['sections']) =>
  Object.fromEntries(BUCKETS.map((id) => [id, s[id].count]));

function sampleTasks() {
  return [
    makeTask({ title: '逾期一', due: '2024-12-01', lead: ['医保局'] }),
    makeTask({ title: '逾期二', due: '2016-12-31', ledgerId: 'ledger-b' }),
    makeTask({ title: '跨年七天内', due: '2025-01-04' }),
    makeTask({ title: '三十天内', due: '2025-01-27', lead: ['医保局', '财政局'] }),
    makeTask({ title: '以后', due: '2025-01-28' }),
    makeTask({ title: '待定', due: '', deadlineKind: 'open', deadlineText: '长期坚持' }),
    makeTask({ title: '每月', due: '', deadlineKind: 'recurring', deadlineText: '每月10日前' }),
    makeTask({ title: '完成', due: '2024-11-30', done: 1, doneAt: '2024-12-01' }),
  ];
}

describe('loadChecklist', () => {
  it('fills every section from index ranges, recurring tasks by their next occurrence', async () => {
    db = await dbWith(sampleTasks());
    const { sections } = await loadChecklist(db, { today: TODAY, filters: DEFAULT_FILTERS, limits: limitsOf(10, 0) });
    // This year's work: the task due in 2016 is history, one click away.
    expect(counts(sections)).toEqual({ overdue: 1, week: 1, month: 2, later: 1, undated: 1, done: 1 });
    expect(sections.overdue.rows.map((r) => r.task.title)).toEqual(['逾期一']);
    expect(sections.month.rows.map((r) => [r.task.title, r.due])).toEqual([
      ['每月', '2025-01-10'],
      ['三十天内', '2025-01-27'],
    ]);
    expect(sections.done.rows).toEqual([]);
  });

  it("shows earlier years' open tasks one click away, most overdue first when asked", async () => {
    db = await dbWith([...sampleTasks(), makeTask({ title: '逾期三', due: '2019-05-01' })]);
    const load = (period: ChecklistPeriod, overdueOrder: OverdueOrder) =>
      loadChecklist(db, { today: TODAY, filters: DEFAULT_FILTERS, limits: limitsOf(10), period, overdueOrder });
    const history = await load('history', 'recent');
    // History: only earlier years' tasks, all overdue; undated and recurring tasks are this year's work.
    expect(counts(history.sections)).toEqual({ overdue: 2, week: 0, month: 0, later: 0, undated: 0, done: 0 });
    expect(history.sections.overdue.rows.map((r) => r.task.title)).toEqual(['逾期三', '逾期二']);
    const oldest = await load('history', 'oldest');
    expect(oldest.sections.overdue.rows.map((r) => r.task.title)).toEqual(['逾期二', '逾期三']);
    // The same order through the department index.
    const mine = await loadChecklist(db, {
      today: TODAY,
      filters: { ...DEFAULT_FILTERS, departments: ['卫健局'] },
      limits: limitsOf(10),
      period: 'history',
      overdueOrder: 'oldest',
    });
    expect(mine.sections.overdue.rows.map((r) => r.task.title)).toEqual(['逾期二', '逾期三']);
  });

  it('reads ranges, counts and the lead/partners/ledger indexes, never the whole table', async () => {
    db = await dbWith(sampleTasks());
    const reads = await spyOnTaskReads(db);
    await loadChecklist(db, { today: TODAY, filters: DEFAULT_FILTERS, limits: limitsOf(10, 0) });
    // Unfiltered: dated sections are counted natively and their rows read with the section's limit.
    const datedRowReads = reads.filter((r) => r.index === '[archived+done+due]' && r.range === 'range' && r.values);
    expect(datedRowReads).toHaveLength(4);
    expect(datedRowReads.every((r) => r.limit === 10)).toBe(true);
    for (const filters of [
      { ...DEFAULT_FILTERS, search: '逾期' },
      { ...DEFAULT_FILTERS, departments: ['医保局'] },
      { ...DEFAULT_FILTERS, ledgerId: 'ledger-b' },
    ]) {
      await loadChecklist(db, { today: TODAY, filters, limits: limitsOf(10, 0) });
    }
    expect(fullScans(reads)).toEqual([]);
    expect(new Set(reads.map((r) => r.index))).toEqual(
      new Set(['[archived+done+due]', 'lead', 'partners', 'ledgerId']),
    );
  });

  it('applies ledger, department and search filters', async () => {
    db = await dbWith(sampleTasks());
    const load = (f: Partial<ChecklistFilters>) =>
      loadChecklist(db, { today: TODAY, filters: { ...DEFAULT_FILTERS, ...f }, limits: limitsOf(10) });
    expect(counts((await load({ departments: ['医保局'] })).sections)).toEqual({
      overdue: 1,
      week: 0,
      month: 1,
      later: 0,
      undated: 0,
      done: 0,
    });
    // Ledger b's only task is due in 2016: history, not this year's work.
    expect(counts((await load({ ledgerId: 'ledger-b' })).sections)).toEqual({
      overdue: 0,
      week: 0,
      month: 0,
      later: 0,
      undated: 0,
      done: 0,
    });
    expect(counts((await load({ search: '每月' })).sections)).toEqual({
      overdue: 0,
      week: 0,
      month: 1,
      later: 0,
      undated: 0,
      done: 0,
    });
  });

  it('shows the tasks my department leads and partners in, under any of its names, partners hidden on request', async () => {
    db = await dbWith([
      makeTask({ title: '牵头', due: '2024-12-30', lead: ['市财政局'] }),
      makeTask({ title: '配合', due: '2024-12-30', lead: ['卫健局'], partners: ['财政局'] }),
      makeTask({ title: '括号写法', due: '2024-12-30', lead: ['市财政局（国资委）'] }),
      makeTask({ title: '无关', due: '2024-12-30', lead: ['卫健局'], partners: ['医保局'] }),
    ]);
    const titles = async (f: Partial<ChecklistFilters>) =>
      (
        await loadChecklist(db, { today: TODAY, filters: { ...DEFAULT_FILTERS, ...f }, limits: limitsOf(10) })
      ).sections.week.rows
        .map((r) => r.task.title)
        .sort();
    // Before any merge, 市财政局 is only itself.
    expect(await titles({ departments: ['市财政局'] })).toEqual(['牵头']);
    await mergeDepartments(db, ['财政局', '市财政局（国资委）'], '市财政局');
    expect(await titles({ departments: ['市财政局'] })).toEqual(['牵头', '括号写法', '配合'].sort());
    expect(await titles({ departments: ['市财政局'], hidePartners: true })).toEqual(['牵头', '括号写法'].sort());
    // A name chosen before it was merged still finds its whole unit.
    expect(await titles({ departments: ['财政局'] })).toEqual(['牵头', '括号写法', '配合'].sort());
  });

  it('gives the same counts and first rows as grouping everything in memory, for any tasks, filters, period and order', async () => {
    // Mid-January, so tasks fall on both sides of the year start (this year's work / history).
    const today = '2025-01-15';
    const dated = fc.integer({ min: -60, max: 60 }).map((d) => addDays(today, d));
    const task = fc.record({
      due: fc.oneof(dated, fc.constant('')),
      done: fc.boolean(),
      ledgerId: fc.constantFrom('ledger-a', 'ledger-b'),
      lead: fc.subarray(['卫健局', '医保局', '财政局'], { minLength: 1 }),
      partners: fc.subarray(['医保局', '财政局', '教育局']),
      title: fc.constantFrom('药品采购', '签约服务', '医共体'),
      recurring: fc.boolean(),
    });
    const filters = fc.record({
      departments: fc.subarray(['医保局', '财政局']),
      ledgerId: fc.constantFrom(null, 'ledger-a'),
      search: fc.constantFrom('', '采购', '签约 医保局'),
      hidePartners: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(task, { maxLength: 30 }),
        filters,
        fc.constantFrom<ChecklistPeriod>('current', 'history'),
        fc.constantFrom<OverdueOrder>('recent', 'oldest'),
        async (specs, f, period, overdueOrder) => {
          const tasks = specs.map((s) =>
            makeTask({
              ...s,
              done: s.done ? 1 : 0,
              doneAt: s.done ? today : null,
              due: s.recurring ? '' : s.due,
              deadlineKind: s.recurring ? 'recurring' : 'date',
              deadlineText: s.recurring ? '每季度末' : '',
            }),
          );
          db = await dbWith(tasks);
          const limits = limitsOf(4);
          const query = { today, filters: f, limits, period, overdueOrder };
          const { sections, ledgerTitles } = await loadChecklist(db, query);
          const accept = taskFilter(f, ledgerTitles);
          const wanted = tasks.filter((t) => accept(t) && inPeriod(t, period, today));
          const expected = groupRows(wanted, today, limits, overdueOrder);
          for (const id of BUCKETS) {
            expect(sections[id].count).toBe(expected[id].count);
            if (id !== 'done') expect(sections[id].rows.map((r) => r.due)).toEqual(expected[id].rows.map((r) => r.due));
            else expect(sections[id].rows).toHaveLength(expected[id].rows.length);
          }
          await db.delete();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('shows the most recently finished tasks in 已完成 when there are more than fit', async () => {
    const old = Array.from({ length: 5 }, (_, i) =>
      makeTask({ due: '2024-01-01', done: 1, doneAt: '2024-01-0' + (i + 1), updatedAt: 10 + i }),
    );
    const fresh = makeTask({ due: '2024-02-01', done: 1, doneAt: '2024-12-27', updatedAt: 999 });
    db = await dbWith([...old, fresh]);
    const { sections } = await loadChecklist(db, { today: TODAY, filters: DEFAULT_FILTERS, limits: limitsOf(10, 2) });
    expect(sections.done.count).toBe(6);
    expect(sections.done.rows.map((r) => r.task.id)).toEqual([fresh.id, old[4].id]);
  });

  it('updates live when a task is checked off elsewhere', async () => {
    const task = makeTask({ due: '2025-01-02' });
    db = await dbWith([task]);
    const seen: number[] = [];
    const weekEmpty = new Promise<void>((resolve, reject) => {
      const sub = liveQuery(() =>
        loadChecklist(db, { today: TODAY, filters: DEFAULT_FILTERS, limits: limitsOf(10) }),
      ).subscribe({
        next: ({ sections }) => {
          seen.push(sections.week.count);
          if (sections.week.count === 1) void setDone(db, [task.id], true, TODAY);
          if (sections.week.count === 0 && sections.done.count === 1) {
            sub.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    await weekEmpty;
    expect(seen[0]).toBe(1);
    expect(seen.at(-1)).toBe(0);
  });
});

describe('pickerDepartments', () => {
  it('lists each unit that leads or partners once, from the index keys only', async () => {
    db = await dbWith([makeTask({ lead: ['卫健局', '医保局'] }), makeTask({ lead: ['医保局'], partners: ['教育局'] })]);
    const reads = await spyOnTaskReads(db);
    expect(await pickerDepartments(db)).toEqual(
      ['卫健局', '医保局', '教育局'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')),
    );
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.every((r) => (r.index === 'lead' || r.index === 'partners') && !r.values)).toBe(true);
  });

  it("lists merged names once, under the unit's one name", async () => {
    db = await dbWith([
      makeTask({ lead: ['财政局'], partners: ['市财政局（国资委）', '医保局'] }),
      makeTask({ lead: ['市财政局'] }),
    ]);
    await mergeDepartments(db, ['财政局', '市财政局（国资委）'], '市财政局');
    expect(await pickerDepartments(db)).toEqual(
      ['市财政局', '医保局'].sort((a, b) => a.localeCompare(b, 'zh-Hans-CN')),
    );
    await splitDepartment(db, '财政局');
    expect(await pickerDepartments(db)).toContain('财政局');
  });
});
