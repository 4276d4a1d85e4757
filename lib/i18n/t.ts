import { browser } from 'wxt/browser';

/** A UI string from _locales; the key itself shows if a message is missing, so gaps are visible. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
