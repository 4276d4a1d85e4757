import type { Page, Worker } from '@playwright/test';
import { ledgerRow, taskRow } from '../../e2e/records';

export const E2E_LEDGER = 'e2e-checklist';
export const E2E_DEPT = 'E2E测试局';

export interface TaskSpec {
  key: string;
  title: string;
  /** Days from today (local), or null for a task without a date. */
  offset: number | null;
  /** Units as stored on the task; lead defaults to [E2E_DEPT]. */
  lead?: string[];
  partners?: string[];
}

export const taskId = (key: string) => `${E2E_LEDGER}#${key}`;

/**
 * Writes a ledger, tasks and optionally the checklist filters straight into the extension's IndexedDB from an
 * extension page. Dexie in open pages does not see raw writes: reload them afterwards. Run it only once a page
 * has opened the database through Dexie (raw open would otherwise create an empty database).
 */
export async function addTasks(
  page: Page,
  specs: TaskSpec[],
  filters?: { departments: string[]; ledgerId: string | null; search: string; hidePartners?: boolean },
  ledgerTitle = 'E2E 测试台账',
) {
  await page.evaluate(
    async ({ tasks, ledgerId, ledger, taskTemplate, settings }) => {
      // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs inside the page, cannot be hoisted
      const day = (offset: number) => {
        const d = new Date();
        d.setDate(d.getDate() + offset);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('reform-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['ledgers', 'tasks', 'settings'], 'readwrite');
      const now = Date.now();
      tx.objectStore('ledgers').put({ ...ledger, createdAt: now, updatedAt: now });
      tasks.forEach((s, i) => {
        tx.objectStore('tasks').put({
          ...taskTemplate,
          id: `${ledgerId}#${s.key}`,
          order: i,
          seq: String(i + 1),
          title: s.title,
          lead: s.lead ?? taskTemplate.lead,
          partners: s.partners ?? taskTemplate.partners,
          deadlineText: s.offset === null ? '长期坚持' : '',
          deadlineKind: s.offset === null ? 'open' : 'date',
          due: s.offset === null ? '' : day(s.offset),
          createdAt: now,
          updatedAt: now,
        });
      });
      if (settings) tx.objectStore('settings').put({ key: 'checklist.filters', value: settings });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    {
      tasks: specs,
      ledgerId: E2E_LEDGER,
      ledger: ledgerRow(E2E_LEDGER, ledgerTitle, 0),
      taskTemplate: taskRow(E2E_LEDGER, '', 0, 0, { lead: [E2E_DEPT] }),
      settings: filters,
    },
  );
}

export async function readTask(page: Page, key: string) {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('reform-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const req = db.transaction('tasks').objectStore('tasks').get(id);
    const task = await new Promise<{
      done: number;
      doneAt: string | null;
      notes: { text: string }[];
      history: { action: string }[];
    }>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    db.close();
    return task;
  }, taskId(key));
}

export const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

/** A UI string in whatever locale the browser runs (Debian's Chromium without chromium-l10n is en-US only). */
export const message = (page: Page, key: string, subs?: string[]) =>
  page.evaluate(([k, s]) => chrome.i18n.getMessage(k as string, s as string[] | undefined) as string, [
    key,
    subs,
  ] as const);

export const badge = async (worker: Worker) =>
  worker.evaluate(async () => ({
    text: (await chrome.action.getBadgeText({})) as string,
    color: (await chrome.action.getBadgeBackgroundColor({})) as number[],
  }));

/** Raw writes bypass the page actions, so the test wakes the worker the way a page does after a write. */
export const pokeBackground = (page: Page) =>
  page.evaluate(() => chrome.runtime.sendMessage({ type: 'checklist:changed' }));
