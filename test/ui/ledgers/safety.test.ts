import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readLocale } from '../../../lib/i18n/read-locales';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const UI_DIRS = ['lib/ui/ledgers', 'lib/ui/backup', 'lib/ui/toast'];

describe('UI safety', () => {
  it('never builds HTML from strings anywhere in the extension (task titles come from pasted documents)', () => {
    // lib/background/page-reads.ts reads a web page's table as HTML and writes none (test/reliability/code-safety.test.ts).
    const offenders = [...sourceFiles('lib'), ...sourceFiles('entrypoints')].filter(
      (file) =>
        !file.endsWith('page-reads.ts') &&
        /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/.test(
          readFileSync(file, 'utf8'),
        ),
    );
    expect(offenders).toEqual([]);
  });

  it('has every message key the 台账 and 备份 tabs use, in Chinese and English', () => {
    const zh = readLocale('lib/i18n', 'zh_CN');
    const en = readLocale('lib/i18n', 'en');
    const used = new Set<string>();
    for (const file of UI_DIRS.flatMap(sourceFiles)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\('(\w+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/key: '(\w+)'/g)) used.add(m[1]);
    }
    // Keys built from a prefix and a value (lgRole_title, bkTable_tasks).
    for (const role of ['seq', 'group', 'title', 'lead', 'partners', 'deadline']) used.add(`lgRole_${role}`);
    for (const table of ['ledgers', 'tasks', 'units', 'figures', 'indicators', 'snapshots', 'settings'])
      used.add(`bkTable_${table}`);
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !(k in zh))).toEqual([]);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});
