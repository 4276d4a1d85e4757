import { AppError, decodeIssue, type Coded } from '../model/app-error';

/**
 * What a failed write says to the user. IndexedDB and Dexie speak English ("QuotaExceededError", "Transaction
 * aborted", "BulkError: tasks.bulkAdd(): 3 of 200 operations failed"); none of that reaches a page. A full disk
 * says so and what to do; any other storage failure says the data is untouched; our own coded errors (AppError,
 * coded zod issues) say what they carry. Pages translate the result with errorText (lib/ui/error-text.ts).
 */

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

/** A message as the user reads it: coded, or (a zod message not yet coded) its own Chinese text. */
export type Problem = Coded | string;

/** Why a write or read failed, for the page to translate. */
export function storageProblem(e: unknown): Problem {
  if (isQuotaError(e)) return { code: 'errStorageQuota', params: [] };
  if (e instanceof AppError) return { code: e.code, params: e.params };
  const err = asLike(e);
  if (Array.isArray(err?.issues)) {
    const first = (err.issues[0] as { message?: unknown } | undefined)?.message;
    if (typeof first === 'string') {
      const c = decodeIssue(first);
      if (c) return c;
      if (CJK.test(first)) return first;
    }
    return { code: 'errStorageWrite', params: [] };
  }
  const message = typeof e === 'string' ? e : err?.message;
  if (typeof message === 'string' && CJK.test(message)) return message;
  return { code: 'errStorageWrite', params: [] };
}
