import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { LOCALES, readLocale } from './lib/i18n/read-locales';

// Drawn by lib/ui/icons/make-icons.mjs; copied to icons/<size>.png (toolbar, extensions page, notifications).
const ICON_SIZES = [16, 32, 48, 128] as const;
const icons = Object.fromEntries(ICON_SIZES.map((size) => [size, `icons/${size}.png`]));

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
  vite: () => ({ plugins: [preact() as never], build: process.env.SOURCEMAP ? { sourcemap: true } : {} }),
});
