import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from '../../lib/z';

/**
 * No code from text. Most of it is said by lint rules in .oxlintrc.json, which fail `npm test`: no-eval, no-new-func,
 * no-script-url, react/no-danger and react/jsx-no-script-url, and for lib/ and entrypoints/ no-restricted-properties
 * (innerHTML, outerHTML, insertAdjacentHTML, document.write, createContextualFragment, srcdoc, parseFromString) and
 * no-restricted-globals (DOMParser): the two files allowed an exception (lib/ledger/html-grid.ts parses pasted HTML
 * with DOMParser; lib/background/page-reads.ts reads a page's table as outerHTML) say so line by line. An import from
 * a URL is a type error (no such module). What neither a type nor oxlint can say is checked here.
 */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), pattern) : pattern.test(e.name) ? [join(dir, e.name)] : [],
  );
}

// Comments may name what they avoid.
const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('no code from text', () => {
  it('no timer runs a string as code (oxlint has no no-implied-eval without type information)', () => {
    const sources = [...files('lib', /\.(ts|tsx)$/), ...files('entrypoints', /\.(ts|tsx)$/)];
    expect(sources.length).toBeGreaterThan(50);
    const stringTimer = /\bset(Timeout|Interval)\s*\(\s*['"`]/;
    expect(sources.filter((file) => stringTimer.test(withoutComments(readFileSync(file, 'utf8'))))).toEqual([]);
  });

  it('every page loads only its own bundled script, none from the network (HTML is not linted)', () => {
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
    // lib/z.ts is what every schema imports zod from: importing it must leave zod jitless.
    expect(z.config().jitless).toBe(true);
  });
});
