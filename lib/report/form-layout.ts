/** The 报送表 layout shared by its writer and reader. */

export const FORM_SHEET = '报送表';
export const META_SHEET = '报送表信息';
/** First cell pair of the meta sheet, and the value of the RL_FORM name: marks a file as ours. */
export const FORM_MARK = 'reform-ledger-report-form';
export const FORM_VERSION = '1';

/** Column headers; the first and the four to fill are the contract other programs rely on. */
export const COL = {
  id: '编号',
  seq: '序号',
  title: '工作任务',
  role: '本单位职责',
  deadline: '完成时限',
  due: '截止日期',
  last: '上期进展',
  status: '完成状态',
  progress: '进展情况',
  doneOn: '完成日期',
  evidence: '佐证材料',
} as const;

export const FORM_COLUMNS = [
  { key: 'id', width: 16 },
  { key: 'seq', width: 6 },
  { key: 'title', width: 42 },
  { key: 'role', width: 11 },
  { key: 'deadline', width: 14 },
  { key: 'due', width: 11 },
  { key: 'last', width: 28 },
  { key: 'status', width: 10, fill: true },
  { key: 'progress', width: 42, fill: true },
  { key: 'doneOn', width: 12, fill: true },
  { key: 'evidence', width: 28, fill: true },
] as const satisfies ReadonlyArray<{ key: keyof typeof COL; width: number; fill?: boolean }>;

export const ROLE_LABEL = { lead: '牵头', partner: '配合' } as const;

/** Meta sheet row labels (column A) → field; the values sit in column B as text. */
export const META_ROWS = [
  ['mark', '医改台账助手报送表'],
  ['version', '格式版本'],
  ['ledgerId', '台账编号'],
  ['ledgerTitle', '台账名称'],
  ['department', '报送单位'],
  ['periodLabel', '报送周期'],
  ['periodStart', '周期开始'],
  ['periodEnd', '周期结束'],
  ['writtenAt', '生成时间'],
] as const;
export type MetaKey = (typeof META_ROWS)[number][0];
/** The header row above the meta sheet's task list (编号 → title, for rows whose 编号 was cleared). */
export const META_TASKS_HEADER = ['任务编号', '工作任务'] as const;

/** Defined names carrying the same facts, a second copy that survives deleting the meta sheet. */
export const NAME_OF: Partial<Record<MetaKey, string>> = {
  mark: 'RL_FORM',
  ledgerId: 'RL_LEDGER_ID',
  department: 'RL_DEPARTMENT',
  periodLabel: 'RL_PERIOD_LABEL',
  periodStart: 'RL_PERIOD_START',
  periodEnd: 'RL_PERIOD_END',
};

export const MAX_PROGRESS = 5000;
export const MAX_EVIDENCE = 2000;
