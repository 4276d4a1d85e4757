import { describe, expect, it } from 'vitest';
import { folderCycles, folderOf, importEdges, violation, type ImportEdge } from './layers';

const edges = importEdges(process.cwd());
const edge = (from: string, to: string, extra: Partial<ImportEdge> = {}): ImportEdge => ({
  file: `lib/${from}/x.ts`,
  from,
  to,
  spec: `../${to}/y`,
  typeOnly: false,
  ...extra,
});

describe('import direction between folders', () => {
  it('reads the imports of the real tree (static, re-exports and dynamic)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual(expect.objectContaining({ from: 'db', to: 'model', spec: '../model/records' }));
    // task-actions loads the zod schemas on first write with import().
    expect(edges.some((e) => e.file === 'lib/db/task-actions.ts' && e.spec === '../model/records' && !e.typeOnly)).toBe(
      true,
    );
  });

  it('has no import that runs upward, sideways between domains, or from the service worker into ui', () => {
    const broken = edges.flatMap((e) => {
      const why = violation(e);
      return why ? [`${e.file}: '${e.spec}' — ${why}`] : [];
    });
    expect(broken).toEqual([]);
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });

  it('names the folder of a path', () => {
    expect(folderOf('lib/model/records.ts')).toBe('model');
    expect(folderOf('lib/z.ts')).toBe('z');
    expect(folderOf('entrypoints/popup/main.tsx')).toBe('entrypoints');
  });

  it('rejects each kind of wrong import (so the checks above can fail)', () => {
    expect(violation(edge('model', 'db'))).toMatch(/upward/);
    expect(violation(edge('checklist', 'db'))).toMatch(/upward/);
    expect(violation(edge('db', 'ui'))).toMatch(/upward/);
    expect(violation(edge('export', 'indicators'))).toMatch(/domains import only the model/);
    expect(violation(edge('background', 'ui'))).toMatch(/service worker/);
    expect(violation(edge('ledger', 'i18n'))).toMatch(/only types/);
    expect(violation(edge('ledger', 'i18n', { typeOnly: true }))).toBeNull();
    expect(violation(edge('model', 'dexie', { spec: 'dexie' }))).toMatch(/pure/);
    expect(violation(edge('newthing', 'model'))).toMatch(/not in LAYERS/);
    expect(violation(edge('db', 'model'))).toBeNull();
    expect(violation(edge('ui', 'background'))).toBeNull();
    expect(violation(edge('indicators', 'seeds'))).toBeNull();
  });

  it('finds a cycle between folders, however long', () => {
    expect(folderCycles([edge('db', 'checklist'), edge('checklist', 'db')])).toEqual([['checklist', 'db']]);
    expect(folderCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')])).toEqual([['a', 'b', 'c']]);
    expect(folderCycles([edge('a', 'b'), edge('b', 'c')])).toEqual([]);
  });
});
