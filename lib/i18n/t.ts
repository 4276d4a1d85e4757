import { browser } from 'wxt/browser';
import type capture from './zh_CN/capture.json';
import type checklist from './zh_CN/checklist.json';
import type common from './zh_CN/common.json';
import type departments from './zh_CN/departments.json';
import type doclibrary from './zh_CN/doclibrary.json';
import type documents from './zh_CN/documents.json';
import type errors from './zh_CN/errors.json';
import type exportMessages from './zh_CN/export.json';
import type indicators from './zh_CN/indicators.json';
import type integrity from './zh_CN/integrity.json';
import type ledgerImport from './zh_CN/ledgerimport.json';
import type ledgers from './zh_CN/ledgers.json';
import type onboarding from './zh_CN/onboarding.json';
import type periods from './zh_CN/periods.json';
import type progress from './zh_CN/progress.json';
import type reliability from './zh_CN/reliability.json';
import type report from './zh_CN/report.json';
import type worklist from './zh_CN/worklist.json';

/**
 * Every message key, read from the default locale's files, so a mistyped key is a type error. A new feature
 * file is added here too (test/i18n/locales.test.ts fails until it is).
 */
export type MessageKey = keyof (typeof capture &
  typeof checklist &
  typeof common &
  typeof departments &
  typeof doclibrary &
  typeof documents &
  typeof errors &
  typeof exportMessages &
  typeof indicators &
  typeof integrity &
  typeof ledgerImport &
  typeof ledgers &
  typeof onboarding &
  typeof periods &
  typeof progress &
  typeof reliability &
  typeof report &
  typeof worklist);

/** A UI string from _locales; the key itself shows if a message is missing, so gaps are visible. */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}

/** Keys with a singular form `<key>_one` beside them ("Import 1 task" / "Import 2 tasks"). */
export type CountedKey = { [K in MessageKey]: `${K}_one` extends MessageKey ? K : never }[MessageKey];

/**
 * A message about `count` things: the `_one` form when count is 1 (English needs it; Chinese repeats the text).
 * `substitutions` defaults to the count alone, as $1.
 */
export function tn(key: CountedKey, count: number, substitutions: string[] = [String(count)]): string {
  return t(count === 1 ? (`${key}_one` as MessageKey) : key, substitutions);
}
