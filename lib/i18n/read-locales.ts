import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mergeMessages, type ChromeMessages } from './merge-messages';

export const LOCALES = ['zh_CN', 'en'] as const;

/** Build-time only (wxt.config.ts and tests): reads every feature file of one locale. */
export function readLocale(dir: string, locale: string): ChromeMessages {
  const folder = join(dir, locale);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: `${locale}/${f}`, messages: JSON.parse(readFileSync(join(folder, f), 'utf8')) }));
  return mergeMessages(files);
}
