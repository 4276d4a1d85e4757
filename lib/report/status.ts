export const REPORT_STATUSES = ['未启动', '推进中', '已完成', '滞后'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

// Words clerks write instead of the four choices (typed over the dropdown, or pasted from last month's sheet).
const SYNONYMS: Record<string, ReportStatus> = {
  未启动: '未启动',
  未开始: '未启动',
  尚未启动: '未启动',
  未开展: '未启动',
  推进中: '推进中',
  进行中: '推进中',
  正在推进: '推进中',
  持续推进: '推进中',
  正在进行: '推进中',
  有序推进: '推进中',
  序时推进: '推进中',
  已完成: '已完成',
  完成: '已完成',
  已办结: '已完成',
  办结: '已完成',
  已落实: '已完成',
  全部完成: '已完成',
  滞后: '滞后',
  进度滞后: '滞后',
  延期: '滞后',
  逾期: '滞后',
  未完成: '滞后',
  未按期完成: '滞后',
};

/** A typed status to one of the four; '' when blank, null when unreadable. */
export function readStatus(value: unknown): ReportStatus | '' | null {
  if (value === null || value === undefined) return '';
  const text = String(value).normalize('NFKC').replace(/\s+/g, '');
  if (!text) return '';
  return SYNONYMS[text] ?? null;
}
