import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReformDb } from '../../lib/db/database';
import { importPackage, setCycle } from '../../lib/db/reports';
import { REPORT_NOTIFICATION_ID, showReportReminder } from '../../lib/background/report-reminder';
import { buildPackage } from '../../lib/report/package';
import { addDays } from '../../lib/model/calendar';
import type { ReportRecord } from '../../lib/model/records';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { useZhMessages } from '../helpers/fake-i18n';

let db: ReformDb;
beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(async () => {
  vi.useRealTimers();
  await db?.delete();
});

const report = (taskId: string, department: string): ReportRecord => ({
  id: `r-${taskId}-${department}`,
  taskId,
  ledgerId: 'ledger-a',
  department,
  periodLabel: '2026年11月',
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  status: '推进中',
  progress: '已部署',
  doneOn: null,
  evidence: '',
  reporter: '',
  reportedAt: 1,
  importedAt: 1,
  via: 'form',
});

async function office() {
  db = await dbWith([
    makeTask({ id: 'a1', title: '推进医共体建设', lead: ['县卫健局'], partners: ['县医保局'], due: '2026-12-31' }),
    makeTask({ id: 'a2', title: '深化DRG改革', lead: ['县医保局'], due: '2026-12-31' }),
    makeTask({ id: 'a3', title: '落实财政投入', lead: ['县财政局'], due: '2026-12-31' }),
  ]);
  // 县医保局 has reported for November; 县卫健局 and 县财政局 have not.
  await db.reports.bulkAdd([report('a1', '县医保局'), report('a2', '县医保局')]);
}

/** Runs the reminder on each day at 09:00 local time (the fake clock), returns the days it showed. */
async function daysShown(from: string, to: string): Promise<string[]> {
  const shown: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const [y, m, d] = day.split('-').map(Number);
    vi.setSystemTime(new Date(y, m - 1, d, 9, 0));
    await fakeBrowser.notifications.clear(REPORT_NOTIFICATION_ID);
    if (await showReportReminder(db)) shown.push(day);
  }
  return shown;
}

const notification = async () =>
  ((await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>)[
    REPORT_NOTIFICATION_ID
  ];

describe('reminder before the report due day', () => {
  it('每月25日前 with 3 reminder days: reminds on the 22nd to the 25th only, naming the period and who has not reported', async () => {
    await office();
    await setCycle(db, { kind: 'month', dueDay: 25, remindDays: 3 });
    expect(await daysShown('2026-11-15', '2026-12-05')).toEqual([
      '2026-11-22',
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
    ]);

    vi.setSystemTime(new Date(2026, 10, 22, 9, 0));
    await showReportReminder(db);
    const n = await notification();
    expect(n.title).toBe('报送提醒：2026年11月工作进展请于 2026-11-25 前报送（还有 3 天）');
    expect(n.message).toBe('《甲县医改台账》未报送：县卫健局、县财政局');
    vi.setSystemTime(new Date(2026, 10, 25, 9, 0));
    await showReportReminder(db);
    expect((await notification()).title).toContain('今天截止');
  });

  it('follows the cycle: 5 reminder days, a quarterly cycle, and nothing once everyone has reported', async () => {
    await office();
    await setCycle(db, { kind: 'month', dueDay: 20, remindDays: 5 });
    expect(await daysShown('2026-11-10', '2026-11-30')).toEqual([
      '2026-11-15',
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
    ]);
    // 每季度末月25日前: only in the quarter's last month.
    await setCycle(db, { kind: 'quarter', dueDay: 25, remindDays: 2 });
    expect(await daysShown('2026-10-01', '2026-12-31')).toEqual(['2026-12-23', '2026-12-24', '2026-12-25']);

    await setCycle(db, { kind: 'month', dueDay: 25, remindDays: 3 });
    await db.reports.bulkAdd([report('a1', '县卫健局'), report('a3', '县财政局')]);
    expect(await daysShown('2026-11-20', '2026-11-26')).toEqual([]);
  });

  it("on a department's machine (ledger imported from a package) it names the department's own tasks not yet filled", async () => {
    await office();
    const pkgTasks = (await db.tasks.toArray()).map((t) => ({ ...t, due: t.due }));
    await importPackage(
      db,
      buildPackage({ id: 'ledger-a', title: '甲县医改台账' }, pkgTasks, '县卫健局', {
        label: '2026年11月',
        start: '2026-11-01',
        end: '2026-11-30',
      }),
    );
    vi.setSystemTime(new Date(2026, 10, 23, 9, 0));
    expect(await showReportReminder(db)).toBe(true);
    expect((await notification()).message).toBe('《甲县医改台账》本单位尚未填报：推进医共体建设');
  });
});
