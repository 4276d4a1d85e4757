// One way to start Debian's Chromium with the built extension, shared by the e2e fixtures and `npm run bench`.
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const LOCALES = {
  zh_CN: { locale: 'zh-CN', flag: 'zh-CN' },
  en: { locale: 'en-US', flag: 'en-US' },
};

/** @param {string} extensionPath @param {{ language?: 'zh_CN' | 'en', userDataDir?: string }} [options] */
export async function launchWithExtension(extensionPath, options = {}) {
  const language = options.language ?? 'zh_CN';
  const { locale, flag } = LOCALES[language];
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'reform-ledger-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    // On Linux Chromium picks its UI language (and so the extension's locale) from LANGUAGE, not --lang.
    // LANG only has to be a UTF-8 locale that exists: Chromium converts file names through it, and with a locale
    // the machine lacks (zh_CN.UTF-8 is not installed here) it falls back to ASCII and saves every download with
    // a Chinese name as "download". C.UTF-8 exists on every glibc system.
    env: { ...process.env, LANGUAGE: language, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${flag}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, userDataDir };
}
