import { decodeIssue, isCoded, type Coded, type MessageParam } from '../model/app-error';
import { storageProblem, type Problem } from '../db/storage-error';
import { t, type MessageKey } from '../i18n/t';

function paramText(p: MessageParam): string {
  if (typeof p !== 'object') return String(p);
  if ('key' in p) return t(p.key);
  const parts = 'keys' in p ? p.keys.map((k) => t(k)) : p.list.map(paramText);
  return parts.join(t('errListSeparator'));
}

/** A coded message in the UI's language. */
export const codedText = (c: Coded): string => t(c.code, c.params.map(paramText));

/** A message as lib code returned it (coded, a coded zod issue message, or plain text), in the UI's language. */
export function messageText(m: Problem): string {
  if (isCoded(m)) return codedText(m);
  const c = decodeIssue(m);
  return c ? codedText(c) : m;
}

/**
 * What a page shows for a failed action: full disk, the lib's own coded reason, or `fallback` for anything else
 * (storage trouble by default; an English library message never reaches the page).
 */
export function errorText(e: unknown, fallback: MessageKey = 'errStorageWrite'): string {
  const problem = storageProblem(e);
  return isCoded(problem) && problem.code === 'errStorageWrite' ? t(fallback) : messageText(problem);
}
