import { test as base, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve as resolvePath } from 'node:path';
import { launchWithExtension } from './launch.mjs';

// EXTENSION_PATH lets parallel work build and test separate copies (WXT_OUT_DIR in wxt.config.ts).
export const EXTENSION_PATH = resolvePath(process.env.EXTENSION_PATH ?? '.output/chrome-mv3');

export function launchExtension(options: { language?: 'zh_CN' | 'en'; userDataDir?: string } = {}) {
  return launchWithExtension(EXTENSION_PATH, options);
}

/** A UI string in whatever locale the page runs. */
export const msg = (page: Page, key: string, subs?: string[]) =>
  page.evaluate(([k, s]) => chrome.i18n.getMessage(k as string, s as string[] | undefined) as string, [
    key,
    subs,
  ] as const);

/** Every record of one store, read straight from IndexedDB (not through the extension's code). */
export function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    // Opening a database that the page has not created yet would create an empty one (no stores) under the
    // extension's name: read nothing until the extension has made it.
    if (!(await indexedDB.databases()).some((d) => d.name === 'reform-ledger')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('reform-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    if (!db.objectStoreNames.contains(name)) {
      db.close();
      return [];
    }
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return rows;
  }, store) as Promise<T[]>;
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

type Fixtures = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  openPage: (path: string) => Promise<Page>;
};

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
