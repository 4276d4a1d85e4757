import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';

/**
 * What the English walk may find in Chinese: the user's own data (exactly the strings the walk seeded) and the
 * documents' own text (the bundled ledgers, documents and the catalog's clauses, sources and 口径 as transcribed).
 * Everything else on an English page is wording, and wording must be English.
 */
export const HAN = /[\u3400-\u9fff]/;

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
  return out;
}

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** The documents' own text: every string of the bundled ledgers and documents, and each target's clause. */
export function documentText(): string[] {
  const out: string[] = [];
  for (const f of readdirSync('seeds/ledgers')) stringsOf(json(join('seeds/ledgers', f)), out);
  stringsOf(json('seeds/documents/index.json'), out);
  for (const f of readdirSync('seeds/documents').filter((n) => n.endsWith('.txt')))
    out.push(...readFileSync(join('seeds/documents', f), 'utf8').split('\n'));
  const catalog = json('seeds/indicators.json') as Array<{
    definition?: string;
    targets: Array<{ clause?: string; source?: string }>;
  }>;
  for (const def of catalog) {
    if (def.definition) out.push(def.definition);
    for (const target of def.targets) out.push(...[target.clause, target.source].filter((s): s is string => !!s));
  }
  return out;
}

/** Every visible text of the page, plus what a screen reader or the tab strip reads (aria-label, title, placeholder). */
export function pageTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    // oxlint-disable-next-line unicorn/consistent-function-scoping -- it runs inside the page, where nothing outside exists
    const visible = (el: Element | null): boolean => {
      if (!el) return false;
      const host = el.closest('option, optgroup') ? el.closest('select') : el;
      return !!host && host.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, textarea')) continue;
      if (visible(parent)) out.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder], input[type=button]'))
      if (visible(el))
        for (const attr of ['aria-label', 'title', 'placeholder', 'value']) {
          if (attr === 'value' && (el as HTMLInputElement).type !== 'button') continue;
          const v = el.getAttribute(attr);
          if (v) out.push(v);
        }
    return out.map((s) => s.trim()).filter(Boolean);
  });
}

/**
 * The texts that still hold Chinese once every known string is taken out. A long fragment of a known string passes
 * too (a clause cut to fit a cell, a paragraph of a document); short Chinese wording never does.
 */
export function chineseOutside(texts: string[], known: string[]): string[] {
  const sorted = [...new Set(known.map((k) => k.trim()).filter((k) => HAN.test(k)))].sort(
    (a, b) => b.length - a.length,
  );
  const corpus = sorted.join('\n');
  const bad = new Set<string>();
  for (const text of texts) {
    if (!HAN.test(text)) continue;
    let rest = text;
    for (const k of sorted) if (rest.includes(k)) rest = rest.split(k).join(' ');
    if (!HAN.test(rest)) continue;
    const fragments = rest.split(/[\s…]+/).filter((f) => HAN.test(f));
    if (fragments.every((f) => f.length >= 12 && corpus.includes(f))) continue;
    bad.add(text);
  }
  return [...bad];
}
