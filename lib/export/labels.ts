import type { IndicatorStatus } from '../model/indicator/evaluate';
import type { TaskStatus } from './types';

/** Report wording: exports are handed in as Chinese documents whatever the browser's language. */
export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  done: '已完成',
  overdue: '逾期',
  'due-soon': '即将到期',
  open: '进行中',
  undated: '未定期限',
};

export const INDICATOR_STATUS_LABEL: Record<IndicatorStatus, string> = {
  met: '达标',
  unmet: '未达标',
  'no-data': '无数据',
};

export const TASK_HEADERS = [
  '台账',
  '序号',
  '任务',
  '牵头部门',
  '配合部门',
  '完成时限（原文）',
  '截止日期',
  '状态',
  '完成日期',
  '备注',
  '任务编号',
] as const;

export const INDICATOR_HEADERS = [
  '单位',
  '指标',
  '计量单位',
  '月份',
  '数值',
  '目标',
  '差距',
  '状态',
  '较上月',
  '较上次导出',
  '指标代码',
] as const;

export const MONTHLY_HEADERS = ['单位', '指标', '计量单位', '月份', '数值'] as const;

export const SUMMARY_HEADERS = ['名称', '任务数', '已完成', '逾期', '即将到期', '完成率'] as const;

/** The print view's headings and columns (a handed-in report: Chinese whatever the browser's language). */
export const PRINT_LABELS = {
  title: '医改工作进展快照',
  byLedger: '按台账',
  byDepartment: '按牵头部门',
  indicators: '指标',
  summaryHeads: SUMMARY_HEADERS,
  indicatorHeads: ['单位', '指标', '数值', '目标', '差距', '状态', '较上月', '较上次导出'],
  taskHeads: ['序号', '任务', '牵头部门', '截止日期', '状态', '完成日期', '备注'],
} as const;

export const printAsOf = (asOf: string, month: string) => `截至 ${asOf}　指标月份 ${month}`;

export const SHEET_NAMES = { summary: '汇总', tasks: '任务', indicators: '指标', monthly: '月度数据' } as const;
