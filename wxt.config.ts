import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
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
    plugins: [preact() as never, firstPaintFirst],
    build: process.env.SOURCEMAP ? { sourcemap: true } : {},
  }),
});
