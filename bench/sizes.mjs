// Gzip size of the JavaScript each page loads before it runs: the HTML's module scripts and everything they import
// statically. Chunks reached only through import() are on-demand and counted apart.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A string that survives minification, found only in that library's code. */
export const HEAVY_LIBS = {
  'chart.js': 'Failed to create chart',
  'write-excel-file': 'Invalid cell value: ',
  'read-excel-file': 'Sheet relation ID not found',
  papaparse: 'UndetectableDelimiter',
};

/** On-demand chunks (by name) the popup and side panel load before their first live row. */
export const LIVE_CHUNKS = ['mount-page', 'checklist-data'];

const gzip = (text) => gzipSync(text, { level: 9 }).length;
const htmlScripts = (html) => [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
// Minified static imports: `import{..}from"./x.js"`, `import"./x.js"`, `export{..}from"./x.js"`; never `import(`.
const staticImports = (code) => [...code.matchAll(/(?:\bfrom|\bimport)\s*"(\.{1,2}\/[^"]+\.js)"/g)].map((m) => m[1]);
const dynamicImports = (code) =>
  [...code.matchAll(/\bimport\(\s*"(\.{1,2}\/[^"]+\.js)"\s*\)|"(chunks\/[^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);

function resolveFrom(file, spec) {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '';
  const parts = [...(dir ? dir.split('/') : []), ...spec.split('/')];
  const out = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function libsIn(code) {
  return Object.entries(HEAVY_LIBS)
    .filter(([, marker]) => code.includes(marker))
    .map(([lib]) => lib);
}

/**
 * Static and on-demand JavaScript of one HTML page of the built extension at `root`; `live` adds to the static
 * files the on-demand chunks whose names start with one of `livePrefixes` and everything they import statically
 * (for the checklist: the database module with Dexie, which the first live row needs).
 */
export function pageGraph(root, htmlFile, livePrefixes = []) {
  const read = (file) => readFileSync(join(root, file), 'utf8');
  const statics = new Set();
  const queue = htmlScripts(read(htmlFile)).map((src) => src.replace(/^\//, ''));
  while (queue.length > 0) {
    const file = queue.shift();
    if (statics.has(file)) continue;
    statics.add(file);
    for (const spec of staticImports(read(file))) queue.push(resolveFrom(file, spec));
  }
  const onDemand = new Set();
  const lazyQueue = [...statics].flatMap((file) =>
    dynamicImports(read(file)).map((spec) => (spec.startsWith('chunks/') ? spec : resolveFrom(file, spec))),
  );
  while (lazyQueue.length > 0) {
    const file = lazyQueue.shift();
    if (statics.has(file) || onDemand.has(file)) continue;
    onDemand.add(file);
    // Everything reachable from an on-demand chunk is on demand too, however it is imported.
    for (const spec of staticImports(read(file))) lazyQueue.push(resolveFrom(file, spec));
    for (const spec of dynamicImports(read(file)))
      lazyQueue.push(spec.startsWith('chunks/') ? spec : resolveFrom(file, spec));
  }
  const live = new Set(statics);
  const liveQueue = [...onDemand].filter((file) => livePrefixes.some((p) => file.startsWith(`chunks/${p}-`)));
  while (liveQueue.length > 0) {
    const file = liveQueue.shift();
    if (live.has(file)) continue;
    live.add(file);
    for (const spec of staticImports(read(file))) liveQueue.push(resolveFrom(file, spec));
  }
  const measure = (files) => {
    const list = [...files].map((file) => ({ file, gzip: gzip(read(file)), libs: libsIn(read(file)) }));
    return {
      files: list,
      gzip: list.reduce((sum, f) => sum + f.gzip, 0),
      libs: [...new Set(list.flatMap((f) => f.libs))],
    };
  };
  return { page: htmlFile, static: measure(statics), onDemand: measure(onDemand), live: measure(live) };
}
