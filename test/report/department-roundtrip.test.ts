import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import {
  applyConsolidation,
  departmentForm,
  getDepartmentSide,
  importPackage,
  loadReporting,
  saveOwnReport,
} from '../../lib/db/reports';
import { consolidate } from '../../lib/report/consolidate';
import { readReportForm, writeReportForm } from '../../lib/report/form';
import { buildPackage, readPackage } from '../../lib/report/package';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { failureText } from '../helpers/fake-i18n';
import { settings } from '../../lib/db/setting-keys';

const period = { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' };
let office: ReformDb;
let department: ReformDb;
afterEach(async () => {
  await office?.delete();
  await department?.delete();
});

async function setup() {
  office = await dbWith([
    makeTask({ id: 'a1', title: '推进医共体建设', lead: ['县卫健局'], partners: ['县医保局'], due: '2026-12-31' }),
    makeTask({
      id: 'a2',
      title: '深化DRG支付方式改革',
      lead: ['县医保局'],
      due: '2026-12-31',
      progress: '10月：试运行',
    }),
    makeTask({ id: 'a3', title: '落实财政投入政策', lead: ['县财政局'], due: '2026-12-31' }),
  ]);
  const data = (await loadReporting(office, 'ledger-a'))!;
  // The package travels as a file: written as JSON text, read back on the department's machine.
  const text = JSON.stringify(buildPackage(data.ledger, data.tasks, '县医保局', period));
  const read = readPackage(text);
  if (!read.ok) throw new Error(read.error);
  department = openDb(`department-${Math.random()}`);
  await importPackage(department, read.pkg);
}

describe('department side: office → package → department fills → filled 报送表 → office consolidates', () => {
  it('round trip: the filled form the department exports is read and consolidated by the office', async () => {
    await setup();
    expect(await getDepartmentSide(department)).toEqual({ 'ledger-a': { department: '县医保局', period } });
    expect((await department.tasks.toArray()).map((t) => t.id).sort()).toEqual(['a1', 'a2']);

    await saveOwnReport(
      department,
      'ledger-a',
      'a2',
      {
        status: '推进中',
        progress: '初稿',
        doneOn: null,
        evidence: '',
      },
      100,
    );
    // A later save of the same task is the one the form carries; both stay on record.
    await saveOwnReport(
      department,
      'ledger-a',
      'a2',
      {
        status: '已完成',
        progress: '全县按DRG实际付费',
        doneOn: '2026-11-18',
        evidence: '县医保发〔2026〕15号',
      },
      200,
    );
    await saveOwnReport(
      department,
      'ledger-a',
      'a1',
      {
        status: '推进中',
        progress: '打包付费方案已报县政府',
        doneOn: null,
        evidence: '',
      },
      300,
    );
    expect(await department.reports.count()).toBe(3);
    expect((await department.tasks.get('a2'))?.progress).toBe('全县按DRG实际付费');

    const input = (await departmentForm(department, 'ledger-a'))!;
    expect(input).toMatchObject({ ledgerId: 'ledger-a', department: '县医保局', period });
    expect(input.tasks.find((t) => t.id === 'a2')).toMatchObject({ role: 'lead', lastProgress: null });
    const bytes = await writeReportForm(input);

    // On the office's machine.
    const form = await readReportForm(bytes);
    expect(form).toMatchObject({ ledgerId: 'ledger-a', department: '县医保局', period, warnings: [] });
    expect(Object.fromEntries(form.rows.map((r) => [r.id, r]))).toEqual({
      a1: { id: 'a1', status: '推进中', progress: '打包付费方案已报县政府', doneOn: null, evidence: '' },
      a2: {
        id: 'a2',
        status: '已完成',
        progress: '全县按DRG实际付费',
        doneOn: '2026-11-18',
        evidence: '县医保发〔2026〕15号',
      },
    });
    const data = (await loadReporting(office, 'ledger-a'))!;
    let n = 0;
    const plan = consolidate([{ name: '县医保局_报送表.xlsx', form }], {
      ...data,
      period,
      now: 1000,
      today: '2026-11-26',
      newId: () => `r${++n}`,
    });
    expect(plan.files).toMatchObject([{ department: '县医保局', accepted: true, message: null }]);
    expect(plan.departments[0].changes.map((c) => [c.taskId, c.kind, c.role])).toEqual([
      ['a2', 'new', 'lead'],
      ['a1', 'new', 'partner'],
    ]);
    await applyConsolidation(office, plan, 1000);
    expect(await office.tasks.get('a2')).toMatchObject({
      done: 1,
      doneAt: '2026-11-18',
      progress: '全县按DRG实际付费',
    });
    // a1 is led by 县卫健局: a partner's report is kept but does not complete or overwrite it.
    expect(await office.reports.where('department').equals('县医保局').count()).toBe(2);
  });

  it('refuses to record progress on a ledger that did not come from a package', async () => {
    await setup();
    expect(
      await failureText(
        saveOwnReport(office, 'ledger-a', 'a1', { status: '推进中', progress: 'x', doneOn: null, evidence: '' }),
      ),
    ).toContain('不是从医改办下发的数据包导入的');
    expect(await departmentForm(office, 'ledger-a')).toBeNull();
  });

  it('a draft typed for a task is dropped by the save of that task, in the same transaction; other drafts stay', async () => {
    await setup();
    const typed = { periodStart: period.start, status: '推进中' as const, progress: '草稿', doneOn: '', evidence: '' };
    await settings.ownReportDrafts.at('a1').setValue(department, typed);
    await settings.ownReportDrafts.at('a2').setValue(department, { ...typed, progress: '另一项的草稿' });
    await saveOwnReport(department, 'ledger-a', 'a1', {
      status: '推进中',
      progress: '草稿',
      doneOn: null,
      evidence: '',
    });
    expect(await settings.ownReportDrafts.at('a1').getValue(department)).toBeNull();
    expect(await settings.ownReportDrafts.at('a2').getValue(department)).toEqual({
      ...typed,
      progress: '另一项的草稿',
    });
  });
});
