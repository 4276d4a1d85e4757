import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import {
  applyConsolidation,
  formInputs,
  getCycle,
  issueBulletin,
  listBulletins,
  loadReporting,
  setCycle,
} from '../../lib/db/reports';
import { buildBulletin } from '../../lib/report/bulletin';
import { consolidate } from '../../lib/report/consolidate';
import { readReportForm, writeReportForm } from '../../lib/report/form';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { failureText } from '../helpers/fake-i18n';

const period = { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' };
let db: ReformDb;
afterEach(async () => {
  await db?.delete();
});

async function setup() {
  db = await dbWith([
    makeTask({
      id: 'a1',
      title: '推进医共体建设',
      lead: ['县卫健局'],
      partners: ['县医保局'],
      due: '2026-12-31',
      progress: '导入时的进展',
    }),
    makeTask({ id: 'a2', title: '深化DRG改革', lead: ['县医保局'], partners: [], due: '2026-12-31' }),
    makeTask({ id: 'a3', title: '已归档的任务', lead: ['县医保局'], archived: 1 }),
  ]);
  return (await loadReporting(db, 'ledger-a'))!;
}

/** Dispatch a department's form from the database, fill it, read it back. */
async function roundTrip(
  department: string,
  fill: Record<string, { status: '推进中' | '已完成'; progress: string; doneOn?: string }>,
) {
  const data = (await loadReporting(db, 'ledger-a'))!;
  const input = formInputs(data, period).find((f) => f.department === department)!;
  const form = await readReportForm(await writeReportForm(input));
  form.rows = form.rows.map((r) => ({ ...r, ...fill[r.id], doneOn: fill[r.id]?.doneOn ?? null }));
  return { name: `${department}.xlsx`, form };
}

describe('reports in the database', () => {
  it('dispatches one form per department with its own tasks (archived ones left out) and roles', async () => {
    const data = await setup();
    const forms = formInputs(data, period);
    expect(forms.map((f) => [f.department, f.tasks.map((t) => `${t.id}:${t.role}`)])).toEqual([
      ['县卫健局', ['a1:lead']],
      ['县医保局', ['a1:partner', 'a2:lead']],
    ]);
    expect(forms[0].tasks[0].lastProgress).toBe('导入时的进展');
  });

  it('writes a confirmed consolidation in one transaction: reports kept, the task shows the latest progress, the lead completes it', async () => {
    await setup();
    const files = [
      await roundTrip('县卫健局', { a1: { status: '推进中', progress: '两个医共体已挂牌' } }),
      await roundTrip('县医保局', {
        a1: { status: '推进中', progress: '打包付费方案' },
        a2: { status: '已完成', progress: '实际付费', doneOn: '2026-11-18' },
      }),
    ];
    const data = (await loadReporting(db, 'ledger-a'))!;
    let n = 0;
    const plan = consolidate(files, { ...data, period, now: 5, today: '2026-11-26', newId: () => `r${++n}` });
    expect(await db.reports.count()).toBe(0);
    expect(await applyConsolidation(db, plan, 5)).toEqual({ reports: 3, tasks: 2 });
    expect(await db.reports.where('taskId').equals('a1').count()).toBe(2);
    expect(await db.tasks.get('a1')).toMatchObject({ progress: '两个医共体已挂牌', done: 0 });
    expect(await db.tasks.get('a2')).toMatchObject({ progress: '实际付费', done: 1, doneAt: '2026-11-18' });
    // The next dispatch carries each department's own last report.
    const next = formInputs((await loadReporting(db, 'ledger-a'))!, {
      label: '2026年12月',
      start: '2026-12-01',
      end: '2026-12-31',
    });
    expect(next[1].tasks.find((t) => t.id === 'a1')!.lastProgress).toBe('2026年11月：打包付费方案');
  });

  it('writes nothing when any part fails (a task deleted meanwhile)', async () => {
    await setup();
    const files = [
      await roundTrip('县医保局', { a1: { status: '推进中', progress: 'x' }, a2: { status: '推进中', progress: 'y' } }),
    ];
    const data = (await loadReporting(db, 'ledger-a'))!;
    const plan = consolidate(files, { ...data, period, now: 5, today: '2026-11-26', newId: () => crypto.randomUUID() });
    await db.tasks.delete('a2');
    expect(await failureText(applyConsolidation(db, plan))).toMatch(/任务不存在/);
    expect(await db.reports.count()).toBe(0);
    expect((await db.tasks.get('a1'))!.progress).toBe('导入时的进展');
  });

  it('keeps the office cycle and the issued bulletins, newest first', async () => {
    const data = await setup();
    expect(await getCycle(db)).toEqual({ kind: 'month', dueDay: 25, remindDays: 3 });
    await setCycle(db, { kind: 'quarter', dueDay: 20, remindDays: 5 });
    expect((await getCycle(db)).kind).toBe('quarter');
    const b = buildBulletin({ ...data, period, indicators: [], today: '2026-11-26' });
    await issueBulletin(db, 'ledger-a', b, 1);
    await issueBulletin(db, 'ledger-a', { ...b, asOf: '2026-11-30' }, 2);
    expect((await listBulletins(db, 'ledger-a')).map((x) => x.issuedAt)).toEqual([2, 1]);
  });
});
