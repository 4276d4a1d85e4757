import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

/**
 * Which folder may import which: docs/architecture.md explains the layers, this table is what the test enforces.
 * A folder not listed here fails the test, so a new folder gets a place in the order before it gets code.
 */
export const DOMAINS = ['ledger', 'checklist', 'indicators', 'export', 'report', 'backup', 'reliability'] as const;

export const LAYERS: Record<string, number> = {
  z: 0,
  i18n: 0,
  model: 1,
  ...Object.fromEntries(DOMAINS.map((d) => [d, 2])),
  db: 3,
  ui: 4,
  background: 4,
  entrypoints: 5,
};

/** Folders outside lib/ that anything may read (bundled data, not code). */
const DATA = ['seeds'];

/** npm packages that only persistence and the pages may touch: the model and the domains stay pure. */
const IMPURE_PACKAGES = ['dexie', 'wxt/browser', 'preact', 'chart.js'];

export interface ImportEdge {
  file: string;
  from: string;
  to: string;
  spec: string;
  typeOnly: boolean;
  /** The imported module as a path from the root without extension (lib/db/setting), or the package name. */
  target?: string;
  /** The names a static import or re-export takes (empty for `import *`, side effects and import()). */
  names?: string[];
}

/** lib/<folder>/… → folder; lib/z.ts → z; entrypoints/… → entrypoints; other paths → their first segment. */
export function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'lib') return parts.length === 2 ? parts[1].replace(/\.[^.]+$/, '') : parts[1];
  return parts[0];
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

type Found = { spec: string; typeOnly: boolean; names?: string[] };

const namesOf = (bindings: ts.NamedImportBindings | ts.NamedExportBindings | undefined) =>
  bindings && (ts.isNamedImports(bindings) || ts.isNamedExports(bindings))
    ? bindings.elements.map((e) => (e.propertyName ?? e.name).text)
    : [];

/** Arguments of calls `x.table(…)` (a literal's text or an identifier's name): Dexie's way to any table by name. */
export function tableCalls(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === 'table' &&
      node.arguments[0] &&
      (ts.isStringLiteralLike(node.arguments[0]) || ts.isIdentifier(node.arguments[0]))
    )
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function importsOf(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const found: Found[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name &&
            !!clause.namedBindings &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ spec: node.moduleSpecifier.text, typeOnly, names: namesOf(clause?.namedBindings) });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push({ spec: node.moduleSpecifier.text, typeOnly: node.isTypeOnly, names: namesOf(node.exportClause) });
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push({ spec: node.arguments[0].text, typeOnly: false });
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push({ spec: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every import from one folder of lib/ or entrypoints/ into another folder (or an npm package), relative to root. */
export function importEdges(root: string): ImportEdge[] {
  const files = ['lib', 'entrypoints'].flatMap((d) => sourceFiles(join(root, d)));
  return files.flatMap((abs) => {
    const file = relative(root, abs).split('\\').join('/');
    return importsOf(abs).map(({ spec, typeOnly, names }) => {
      const to = spec.startsWith('.')
        ? folderOf(
            normalize(join(dirname(file), spec))
              .split('\\')
              .join('/'),
          )
        : spec;
      const target = spec.startsWith('.')
        ? normalize(join(dirname(file), spec))
            .split('\\')
            .join('/')
        : spec;
      return { file, from: folderOf(file), to, spec, typeOnly, names, target };
    });
  });
}

/** The model and the domains: plain functions on plain data, testable without a browser or a database. */
const isPure = (folder: string) =>
  folder === 'z' || folder === 'model' || (DOMAINS as readonly string[]).includes(folder);

/** What an edge breaks, in words; null when it is allowed. */
export function violation(edge: ImportEdge): string | null {
  const { from, to } = edge;
  if (from === to || DATA.includes(to)) return null;
  if (!(from in LAYERS)) return `${from} is not in LAYERS (test/architecture/layers.ts): give the new folder its place`;
  const isPackage = !edge.spec.startsWith('.');
  if (isPackage) {
    const impure = IMPURE_PACKAGES.some((p) => to === p || to.startsWith(`${p}/`));
    return impure && isPure(from) ? `${from} is pure (model/domain) and may not import ${to}` : null;
  }
  if (!(to in LAYERS)) return `${to} is not in LAYERS (test/architecture/layers.ts): give the new folder its place`;
  if (from === 'background' && to === 'ui') return 'the service worker imports nothing from ui';
  if (to === 'i18n' && isPure(from) && !edge.typeOnly)
    return `${from} may import only types from i18n: pages translate`;
  if (LAYERS[to] > LAYERS[from]) return `upward import: ${from} (layer ${LAYERS[from]}) → ${to} (layer ${LAYERS[to]})`;
  if (LAYERS[to] === LAYERS[from] && LAYERS[from] === 2)
    return `domain ${from} imports domain ${to}: domains import only the model`;
  return null;
}

/** Folder cycles (strongly connected components with more than one folder), each listed once. */
export function folderCycles(edges: readonly Pick<ImportEdge, 'from' | 'to'>[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (from === to) continue;
    if (!graph.has(from)) graph.set(from, new Set());
    if (!graph.has(to)) graph.set(to, new Set());
    graph.get(from)!.add(to);
  }
  // Tarjan's algorithm.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
