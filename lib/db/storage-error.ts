/**
 * What a failed write says to the user. IndexedDB and Dexie speak English ("QuotaExceededError", "Transaction
 * aborted", "BulkError: tasks.bulkAdd(): 3 of 200 operations failed"); none of that reaches a page. A full disk
 * says so and what to do; any other storage failure says the data is untouched; our own messages are Chinese
 * already and are shown as they are.
 */

export const QUOTA_MESSAGE =
  '磁盘空间不足，这次更改没有保存（已有数据不受影响）。请清理这台电脑的磁盘空间（删除不用的文件、清空回收站）后再试一次。';
export const STORAGE_MESSAGE =
  '浏览器数据库暂时无法写入，这次更改没有保存（已有数据不受影响）。请刷新页面后再试；如果反复出现，请先在“备份”中下载一份备份。';

const CJK = /[\u4e00-\u9fff]/;

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  failures?: unknown;
  failuresByPos?: unknown;
  issues?: unknown;
}

const asLike = (e: unknown): ErrorLike | null => (typeof e === 'object' && e !== null ? (e as ErrorLike) : null);

/** True when the error, or one Dexie wrapped inside it (AbortError.inner, BulkError.failures), is a full disk. */
export function isQuotaError(e: unknown, depth = 0): boolean {
  const err = asLike(e);
  if (!err || depth > 5) return false;
  // DOMException code 22 is QUOTA_EXCEEDED_ERR; Dexie names its wrapper QuotaExceededError too.
  if (err.name === 'QuotaExceededError' || err.code === 22) return true;
  if (isQuotaError(err.inner, depth + 1)) return true;
  const failures = [
    ...(Array.isArray(err.failures) ? err.failures : []),
    ...(err.failuresByPos && typeof err.failuresByPos === 'object' ? Object.values(err.failuresByPos) : []),
  ];
  return failures.some((f) => isQuotaError(f, depth + 1));
}

/** The Chinese sentence a page shows for a failed write or read. */
export function storageErrorText(e: unknown): string {
  if (isQuotaError(e)) return QUOTA_MESSAGE;
  const err = asLike(e);
  if (Array.isArray(err?.issues)) {
    const first = (err.issues[0] as { message?: unknown } | undefined)?.message;
    if (typeof first === 'string' && CJK.test(first)) return first;
  }
  const message = typeof e === 'string' ? e : err?.message;
  if (typeof message === 'string' && CJK.test(message) && !Array.isArray(err?.issues)) return message;
  return STORAGE_MESSAGE;
}
