import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { LOCALES, readLocale } from './lib/i18n/read-locales';

// Permissions are the minimum the features use; README explains each one.
export default defineConfig({
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'sidePanel'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
  },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const locale of LOCALES) {
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(readLocale('lib/i18n', locale), null, 1),
        });
      }
    },
  },
  vite: () => ({ plugins: [preact()] }),
});
