import type { BulletinInput } from '../../lib/report/bulletin';
import type { ReportEntry, ReportTask } from '../../lib/report/types';

const task = (
  id: string,
  seq: string,
  title: string,
  lead: string[],
  partners: string[],
  due: string,
  extra: Partial<ReportTask> = {},
): ReportTask => ({
  id,
  ledgerId: 'L1',
  seq,
  title,
  lead,
  partners,
  deadlineText: '',
  deadlineKind: 'date',
  due,
  done: 0,
  doneAt: null,
  progress: null,
  ...extra,
});
export const bulletinTasks: ReportTask[] = [
  task('t1', '1', '推进紧密型县域医共体建设', ['县卫健局'], ['县医保局'], '2026-12-31'),
  task('t2', '2', '深化DRG支付方式改革', ['县医保局'], ['县卫健局'], '2026-10-31'),
  task('t3', '3', '落实财政投入政策', ['县财政局'], [], '2026-09-30', { done: 1, doneAt: '2026-09-20' }),
  task('t4', '4', '完善公立医院薪酬制度', ['县人社局'], ['县财政局'], '2026-11-15'),
];
const report = (
  taskId: string,
  department: string,
  status: ReportEntry['status'],
  extra: Partial<ReportEntry> = {},
): ReportEntry => ({
  id: `${taskId}-${department}`,
  taskId,
  ledgerId: 'L1',
  department,
  periodLabel: '2026年11月',
  periodStart: '2026-11-01',
  periodEnd: '2026-11-30',
  status,
  progress: `${department}：${status}`,
  doneOn: null,
  evidence: '',
  reporter: department,
  reportedAt: 1,
  importedAt: 1,
  via: 'form',
  ...extra,
});
export const bulletinReports: ReportEntry[] = [
  report('t1', '县卫健局', '推进中'),
  report('t2', '县医保局', '已完成', { doneOn: '2026-11-10' }),
  report('t1', '县医保局', '推进中'),
];
export const bulletinInput: BulletinInput = {
  ledger: { id: 'L1', title: '某县2026年医改重点任务' },
  period: { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' },
  tasks: bulletinTasks,
  reports: bulletinReports,
  today: '2026-11-26',
  indicators: [
    {
      name: '家庭医生签约服务覆盖率',
      unit: '%',
      target: '≥75',
      value: 68.4,
      status: '未达标',
      months: [
        {
          month: '2026-10',
          value: 66.123,
          figures: [
            { label: '签约人数', value: 330615 },
            { label: '常住人口', value: 500000 },
          ],
        },
        {
          month: '2026-11',
          value: 68.4,
          figures: [
            { label: '签约人数', value: 342000 },
            { label: '常住人口', value: 500000 },
          ],
        },
      ],
    },
  ],
};
