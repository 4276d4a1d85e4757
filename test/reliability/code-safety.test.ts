import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Extends test/ui/ledgers/safety.test.ts, which already refuses innerHTML, outerHTML, insertAdjacentHTML,
 * dangerouslySetInnerHTML and document.write: here, the ways code could run text as script or load it from afar.
 */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Comments may name what they avoid (lib/z.ts explains why zod must not probe `new Function`).
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

const SOURCES = [...files('lib', /\.(ts|tsx)$/), ...files('entrypoints', /\.(ts|tsx)$/)];

/**
 * Issue 15 asks for pasted HTML to be read with DOMParser: a document it builds is inert (no script runs, nothing
 * loads — test/ledger/table-html.test.ts proves it under two parsers). Only that one reader may parse HTML.
 */
const HTML_PARSER_FILES = new Set([join('lib', 'ledger', 'html-grid.ts')]);

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /\beval\s*\(/],
  ['new Function', /\bnew\s+Function\b|\bFunction\s*\(/],
  ['string timers', /\bset(Timeout|Interval)\s*\(\s*['"`]/],
  ['javascript: URLs', /javascript:/i],
  ['srcdoc / HTML parsing', /\bsrcdoc\b|createContextualFragment|DOMParser|parseFromString/],
  ['HTML from strings', /innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write/],
  ['remote imports', /import\s*\(\s*['"`]https?:|from\s+['"`]https?:/],
];

// The one file that reads a page's table as HTML (issue 19, "导入页面上的表格"): it runs in the web page and reads
// `.outerHTML`; what it may never do is write HTML anywhere, checked below.
const PAGE_READS = join('lib', 'background', 'page-reads.ts');
const readsOuterHtml = (file: string, name: string) => file === PAGE_READS && name === 'HTML from strings';

describe('no code from text', () => {
  it.each(FORBIDDEN)('nothing in lib/ or entrypoints/ uses %s', (name, pattern) => {
    expect(SOURCES.length).toBeGreaterThan(50);
    const allowed = (file: string) =>
      readsOuterHtml(file, name) || (name === 'srcdoc / HTML parsing' && HTML_PARSER_FILES.has(file));
    expect(
      SOURCES.filter((file) => !allowed(file) && pattern.test(withoutComments(readFileSync(file, 'utf8')))),
    ).toEqual([]);
  });

  it('the page-reading functions only read HTML: no assignment, no insertion, no document.write', () => {
    const code = withoutComments(readFileSync(PAGE_READS, 'utf8'));
    expect(code).toMatch(/\.outerHTML\b/);
    expect(code).not.toMatch(
      /(inner|outer)HTML\s*\+?=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment/,
    );
  });

  it('every page loads only its own bundled script, none from the network', () => {
    const pages = files('entrypoints', /\.html$/);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const page of pages) {
      const scripts = [...readFileSync(page, 'utf8').matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      // The page's own module, or the classic first-paint script WXT builds from entrypoints/first-paint.ts.
      for (const tag of scripts) expect(tag, page).toMatch(/src="\.\/[\w-]+\.tsx?"|^<script src="\/first-paint\.js">$/);
    }
    expect(existsSync('entrypoints/first-paint.ts')).toBe(true);
  });

  it('turns off zod’s `new Function` probe before any schema is made, so the default CSP holds', () => {
    expect(readFileSync('lib/z.ts', 'utf8')).toMatch(/z\.config\(\{\s*jitless:\s*true\s*\}\)/);
  });
});
