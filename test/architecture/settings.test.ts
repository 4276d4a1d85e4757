import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importEdges, sourceFiles, tableCalls } from './layers';
import type { ReformDb } from '../../lib/db/database';

/**
 * One settings registry: lib/db/setting-keys.ts declares every key, and nothing else reaches the settings table.
 * The ReformDb type has no `settings` table (a `db.settings.put(…)` anywhere is a type error); these checks cover
 * the ways round the type: importing the table accessor, defining keys elsewhere, or `db.table('settings')`.
 */
const root = process.cwd();
const edges = importEdges(root);
const importersOf = (name: string) =>
  edges.filter((e) => e.target === 'lib/db/setting' && e.names?.includes(name)).map((e) => e.file);

// Fails to compile if the settings table comes back onto the database type.
type HasSettingsTable = 'settings' extends keyof ReformDb ? true : false;
const hasSettingsTable: HasSettingsTable = false;

describe('the settings registry', () => {
  it('reads the imports of the tree, with their names', () => {
    expect(importersOf('SETTINGS_TABLE').length).toBeGreaterThan(3);
  });

  it('is the only place that defines settings', () => {
    expect(importersOf('settingDefinitions')).toEqual(['lib/db/setting-keys.ts']);
  });

  it('is the only way to the settings table', () => {
    expect(hasSettingsTable).toBe(false);
    expect(importersOf('settingsTable')).toEqual([]);
    const byName = ['lib', 'entrypoints']
      .flatMap((d) => sourceFiles(join(root, d)))
      .filter((f) => tableCalls(f).some((arg) => arg === 'settings' || arg === 'SETTINGS_TABLE'))
      .map((f) => relative(root, f).split('\\').join('/'));
    expect(byName).toEqual([]);
  }, 60_000);
});
