import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, tn } from '../../lib/i18n/t';
import { readLocale } from '../../lib/i18n/read-locales';
import { useMessages } from '../helpers/fake-i18n';

afterEach(() => fakeBrowser.reset());

describe('message keys', () => {
  it('derive their type from every zh_CN file (a file left out would make its keys type errors)', () => {
    // The type is built from imports; this is the one thing a type cannot check: that no file is missing.
    const source = readFileSync('lib/i18n/t.ts', 'utf8');
    for (const file of readdirSync('lib/i18n/zh_CN').filter((f) => f.endsWith('.json'))) {
      expect(source, file).toContain(`from './zh_CN/${file}'`);
    }
  });

  it('say "1 task" and "2 tasks" in English', () => {
    useMessages('en');
    expect(tn('lgImportConfirm', 1)).toBe('Import 1 task');
    expect(tn('lgImportConfirm', 2)).toBe('Import 2 tasks');
    expect(tn('lgImportConfirm', 0)).toBe('Import 0 tasks');
    expect(tn('clDueOverdue', 1)).toBe('1 day overdue');
    expect(tn('lgLedgerDeleted', 1, ['台账', '1'])).toBe('Deleted ledger “台账” and its 1 task');
    expect(t('lgTaskCount', '3')).toBe('3 tasks');
  });

  it('keep one Chinese text for both forms', () => {
    useMessages('zh_CN');
    expect(tn('lgImportConfirm', 1)).toBe('确认导入 1 项任务');
    expect(tn('lgImportConfirm', 2)).toBe('确认导入 2 项任务');
  });

  it('give every counted key a singular form in every locale', () => {
    for (const locale of ['zh_CN', 'en'] as const) {
      const messages = readLocale('lib/i18n', locale);
      for (const key of Object.keys(messages).filter((k) => k.endsWith('_one'))) {
        expect(messages[key.slice(0, -4)], `${locale}: ${key}`).toBeDefined();
      }
    }
  });
});
