import type { Page } from '@playwright/test';
import { dueFields, ledgerRow, taskRow } from './records';

/** Records written straight into the extension's IndexedDB from an extension page (not through the app's code). */
export interface RawWrite {
  ledgers?: unknown[];
  tasks?: unknown[];
  units?: unknown[];
  figures?: unknown[];
  settings?: unknown[];
}

export async function writeRaw(page: Page, write: RawWrite): Promise<void> {
  await page.evaluate(async (stores) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('reform-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const names = Object.keys(stores);
    const tx = db.transaction(names, 'readwrite');
    for (const name of names)
      for (const row of (stores as Record<string, unknown[]>)[name]) tx.objectStore(name).put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, write);
}

export async function readRaw<T>(page: Page, store: string, key: string): Promise<T | undefined> {
  return page.evaluate(
    async ([name, id]) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('reform-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const req = db.transaction(name).objectStore(name).get(id);
      const row = await new Promise<unknown>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      db.close();
      return row;
    },
    [store, key] as const,
  ) as Promise<T | undefined>;
}

/** Today in the browser's local time, plus `offset` days, as YYYY-MM-DD. */
export const localDay = (page: Page, offset: number) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);

export const ledger = (id: string, title: string, now: number) => ledgerRow(id, title, now);

/** Task n of a ledger, led by 可靠性测试局, due on `due` (none when ''). */
export const task = (
  ledgerId: string,
  n: number,
  title: string,
  due: string,
  now: number,
  extra: Record<string, unknown> = {},
) => taskRow(ledgerId, n, n, now, { seq: String(n + 1), title, lead: ['可靠性测试局'], ...dueFields(due), ...extra });
