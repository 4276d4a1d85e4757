import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, readLocale } from '../../lib/i18n/read-locales';

/** Every UI string must exist in every locale, or the English page shows a raw key (and vice versa). */
const DIR = 'lib/i18n';
const messages = Object.fromEntries(LOCALES.map((l) => [l, readLocale(DIR, l)]));
const [base, ...others] = LOCALES;

const localeFiles = (locale: string) =>
  readdirSync(join(DIR, locale))
    .filter((f) => f.endsWith('.json'))
    .sort();
const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('UI strings', () => {
  it.each(LOCALES)(
    '%s has no "$1$2": Chrome reads $…$ as a named placeholder and refuses to load the extension',
    (locale) => {
      const bad = Object.entries(messages[locale]).filter(([, m]) => /\$\w+\$/.test(m.message));
      expect(bad.map(([k]) => k)).toEqual([]);
    },
  );

  it.each(others)('%s has exactly the keys of the default locale, file by file', (locale) => {
    expect(localeFiles(locale)).toEqual(localeFiles(base));
    for (const file of localeFiles(base)) {
      const keys = (l: string) => Object.keys(JSON.parse(readFileSync(join(DIR, l, file), 'utf8'))).sort();
      expect(keys(locale), `${locale}/${file}`).toEqual(keys(base));
    }
  });

  it.each(others)('%s uses the same $1…$9 substitutions as the default locale', (locale) => {
    for (const [key, { message }] of Object.entries(messages[base])) {
      expect(placeholders(messages[locale][key].message), key).toEqual(placeholders(message));
    }
  });

  it('has no empty message', () => {
    for (const locale of LOCALES) {
      for (const [key, { message }] of Object.entries(messages[locale]))
        expect(message.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  // A key passed to t() is a MessageKey (a typo is a type error) and the locales share their keys (above); the
  // manifest's __MSG_…__ names are checked in test/reliability/manifest-locale.test.ts.

  it('names the language of each locale, for dates and the page lang', () => {
    expect(messages.zh_CN.uiLanguage.message).toBe('zh-CN');
    expect(messages.en.uiLanguage.message).toBe('en');
  });
});
