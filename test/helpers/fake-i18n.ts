import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocale } from '../../lib/i18n/read-locales';
import { errorText } from '../../lib/ui/error-text';

/** fakeBrowser has no i18n: answer getMessage from the real messages of `locale`, with $1…$9 substituted. */
export function useMessages(locale: 'zh_CN' | 'en'): void {
  const messages = readLocale('lib/i18n', locale);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

export const useZhMessages = (): void => useMessages('zh_CN');

/** The Chinese a page shows for the failure of `action` (its coded error translated), or null if it succeeded. */
export async function failureText(action: Promise<unknown> | (() => unknown)): Promise<string | null> {
  // Settle first: a rejection left waiting while the module loads would be reported as unhandled.
  const outcome = await Promise.resolve()
    .then(() => (typeof action === 'function' ? action() : action))
    .then(
      () => ({ failed: false as const }),
      (error: unknown) => ({ failed: true as const, error }),
    );
  if (!outcome.failed) return null;
  useZhMessages();
  return errorText(outcome.error);
}
