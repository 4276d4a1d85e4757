import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readLocale } from '../../lib/i18n/read-locales';

/** fakeBrowser has no i18n: answer getMessage from the real messages of `locale`, with $1…$9 substituted. */
export function useMessages(locale: 'zh_CN' | 'en'): void {
  const messages = readLocale('lib/i18n', locale);
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

export const useZhMessages = (): void => useMessages('zh_CN');
