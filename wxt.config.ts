import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { basename, resolve } from 'node:path';
import { LOCALES, readLocale } from './lib/i18n/read-locales';

// Drawn by lib/ui/icons/make-icons.mjs; copied to icons/<size>.png (toolbar, extensions page, notifications).
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

/**
 * For a page painted by entrypoints/first-paint.ts, the first frame waits for that one classic script only: its
 * stylesheets are written into the page, and its module script and preloads (Vite puts them first in <head>) come
 * after the classic script, so they are asked for after it. The extension's files arrive one after another, 3–10 ms
 * apart: behind three stylesheets and five modules, the classic script ran 40–75 ms after it was asked for (trace
 * of the popup and side panel at 5,000 tasks, 2026-12-01).
 */
const firstPaintFirst = {
  name: 'first-paint-first',
  apply: 'build' as const,
  transformIndexHtml: {
    order: 'post' as const,
    handler(html: string, ctx: { bundle?: Record<string, { type: string; source?: string | Uint8Array }> }) {
      const paint = '<script src="/first-paint.js"></script>';
      if (!html.includes(paint)) return html;
      const modules: string[] = [];
      const page = html
        .replace(/\s*<(script type="module"[^>]*><\/script|link rel="modulepreload"[^>]*)>/g, (tag) => {
          modules.push(tag.trim());
          return '';
        })
        .replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (tag, file: string) => {
          const source = ctx.bundle?.[file]?.source;
          if (typeof source !== 'string') return tag;
          // A disabled link is never fetched; it tells Vite's loader of lazy chunks that the sheet is on the page,
          // or it would fetch the sheet again and hold the chunk until it loaded.
          modules.push(`<link rel="stylesheet" href="/${file}" disabled>`);
          return `<style>${source}</style>`;
        });
      return page.replace(paint, [paint, ...modules].join('\n    '));
    },
  },
};

/**
 * Modules a page loads together, one file each group instead of one per shared module. The extension's files arrive
 * one after another (3–5 ms apart, trace of 2026-12-01): by default the popup's live rows waited for 15 files and
 * the options ledger list for 35. A group is what its roots import statically, less what a page's entry already
 * imports (that stays apart, so the JS before the first paint does not grow) and less an earlier group.
 */
const CHUNK_GROUPS: Array<[name: string, roots: string[]]> = [
  // The backup reminder's store too: the page copy stays up until the reminder knows whether to show.
  [
    'mount-page',
    ['lib/ui/checklist/mount-page.tsx', 'lib/ui/checklist/checklist-data.ts', 'lib/ui/reliability/reminder-store.ts'],
  ],
  ['options-page', ['lib/ui/options/mount.tsx', 'lib/ui/ledgers/LedgersTab.tsx']],
];

type ModuleInfo = {
  isEntry: boolean;
  importedIds: readonly string[];
  dynamicallyImportedIds: readonly string[];
} | null;

function chunkGroups(getModuleInfo: (id: string) => ModuleInfo, moduleIds: Iterable<string>): Map<string, string> {
  const closure = (roots: Iterable<string>, onDemandToo = false) => {
    const found = new Set<string>();
    const queue = [...roots];
    while (queue.length > 0) {
      const id = queue.pop()!;
      if (found.has(id)) continue;
      found.add(id);
      const info = getModuleInfo(id);
      queue.push(...(info?.importedIds ?? []), ...(onDemandToo ? (info?.dynamicallyImportedIds ?? []) : []));
    }
    return found;
  };
  // The bench's own pages (BENCH builds) import the whole database layer: they are measured, not grouped for.
  const entries = [...moduleIds].filter((id) => getModuleInfo(id)?.isEntry && !id.includes('/bench/'));
  const atStart = closure(entries);
  const groups = new Map<string, string>();
  // Rollup pulls a module into the group of any module that imports it, so every module a group reaches is named:
  // what a page imports at start apart (each stylesheet a file of its own, as the page links it), or the
  // first-frame code would land in a group.
  const claim = (id: string, name: string) => {
    if (groups.has(id)) return;
    if (atStart.has(id)) groups.set(id, id.endsWith('.css') ? basename(id, '.css') : 'shared-at-start');
    else groups.set(id, name);
  };
  // What an earlier group's page may load on demand, a later group shares in one file apart: in the later group
  // the earlier page would load that whole group for it.
  const earlier = new Set<string>();
  for (const [name, roots] of CHUNK_GROUPS) {
    const rootIds = roots.map((root) => resolve(root));
    for (const id of closure(rootIds)) claim(id, earlier.has(id) ? 'shared-on-demand' : name);
    for (const id of closure(rootIds, true)) earlier.add(id);
  }
  return groups;
}

const groupChunks = {
  name: 'group-chunks',
  apply: 'build' as const,
  // The pages' build only: the background and the classic script are one file each.
  outputOptions(options: { inlineDynamicImports?: boolean }) {
    if (options.inlineDynamicImports) return null;
    let groups: Map<string, string> | undefined;
    const manualChunks = (
      id: string,
      meta: { getModuleInfo: (id: string) => ModuleInfo; getModuleIds: () => Iterable<string> },
    ) => (groups ??= chunkGroups(meta.getModuleInfo, meta.getModuleIds())).get(id);
    return { ...options, manualChunks };
  },
};

// Permissions are the minimum the features use; README explains each one.
export default defineConfig({
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['unlimitedStorage', 'alarms', 'notifications', 'sidePanel', 'contextMenus', 'activeTab', 'scripting'],
    icons,
    action: { default_title: '__MSG_extName__', default_icon: icons },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenSidePanel__',
      },
      'capture-selection': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandCaptureSelection__',
      },
    },
  },
  hooks: {
    // WXT copies the popup's <title> (Chinese, for the page itself) into action.default_title, over the one above:
    // the toolbar button names the extension in the browser's language, like the extensions page does.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.action = { ...manifest.action, default_title: '__MSG_extName__' };
    },
    // npm run bench only: a blank page (the floor), a page of one static line (the floor for a painted row) and a
    // harness page, built and loaded like the real pages.
    'entrypoints:found': (_wxt, infos) => {
      if (!process.env.BENCH) return;
      for (const name of ['bench-blank', 'bench-text', 'bench-harness']) {
        infos.push({ name, inputPath: resolve(`bench/pages/${name}.html`), type: 'unlisted-page' });
      }
    },
    'build:publicAssets': (_wxt, files) => {
      for (const size of ICON_SIZES) {
        files.push({ absoluteSrc: resolve(`lib/ui/icons/icon-${size}.png`), relativeDest: `icons/${size}.png` });
      }
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(readLocale('lib/i18n', locale), null, 1),
        });
      }
    },
  },
  // preset-vite is typed against its own copy of Vite's types; the plugin itself is compatible.
  vite: () => ({
    plugins: [preact() as never, firstPaintFirst, groupChunks],
    build: process.env.SOURCEMAP ? { sourcemap: true } : {},
  }),
});
