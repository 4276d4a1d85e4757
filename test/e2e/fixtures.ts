import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// EXTENSION_PATH lets parallel work build and test separate copies (WXT_OUT_DIR in wxt.config.ts).
export const EXTENSION_PATH = resolve(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');

export async function launchExtension(userDataDir = mkdtempSync(join(tmpdir(), 'reform-ledger-'))) {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    // On Linux Chromium picks its UI language (and so the extension's locale) from LANGUAGE, not --lang.
    env: { ...process.env, LANGUAGE: process.env.E2E_LANGUAGE ?? 'zh_CN', LANG: 'zh_CN.UTF-8' },
    args: [
      `--disable-extensions-except=${EXTENSION_PATH}`,
      `--load-extension=${EXTENSION_PATH}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--lang=zh-CN',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}

/** Collects console errors and CSP violations of a page, so a test can assert there were none. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

type Fixtures = { context: BrowserContext; worker: Worker; extensionId: string; openPage: (path: string) => Promise<Page> };

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context } = await launchExtension();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    await use(context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')));
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
  openPage: async ({ context, extensionId }, use) => {
    await use(async (path: string) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path}`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';
