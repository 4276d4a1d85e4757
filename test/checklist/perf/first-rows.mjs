// Measures how soon the popup shows its first checklist row with 5,000 tasks in 50 ledgers, next to how long a
// blank extension page takes to load. Not a test (timings vary by machine): run after `npx wxt build` with
//   node test/checklist/perf/first-rows.mjs
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ext = mkdtempSync(join(tmpdir(), 'perf-ext-'));
cpSync(resolve('.output/chrome-mv3'), ext, { recursive: true });
writeFileSync(join(ext, 'blank.html'), '<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head><body></body></html>');

const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'perf-profile-')), {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox', '--disable-gpu'],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const id = new URL(worker.url()).host;

const setup = await context.newPage();
await setup.goto(`chrome-extension://${id}/popup.html`);
await setup.waitForSelector('.cl-sections');
await setup.evaluate(async () => {
  const db = await new Promise((res) => {
    const r = indexedDB.open('reform-ledger');
    r.onsuccess = () => res(r.result);
  });
  const tx = db.transaction(['ledgers', 'tasks'], 'readwrite');
  const depts = Array.from({ length: 30 }, (_, i) => `部门${i}`);
  // oxlint-disable-next-line unicorn/consistent-function-scoping -- runs inside the page, cannot be hoisted
  const day = (o) => new Date(Date.now() + o * 864e5).toISOString().slice(0, 10);
  let n = 0;
  for (let l = 0; l < 50; l++) {
    const ledgerId = `perf-${l}`;
    tx.objectStore('ledgers').put({ id: ledgerId, title: `性能测试台账 ${l}`, issuer: 'x', docNumber: null, issued: null, region: 'x', source: null, defaultDeadline: null, origin: 'user', createdAt: 1, updatedAt: 1 });
    for (let i = 0; i < 100; i++, n++) {
      // 20% done, 3% recurring, 17% undated, the rest due between ~2.7 years ago and ~1.4 years ahead.
      const r = (n * 7919) % 100;
      const done = r < 20 ? 1 : 0;
      const recurring = r >= 20 && r < 23;
      const due = recurring || (r >= 23 && r < 40) ? '' : day(((n * 131) % 1500) - 1000);
      tx.objectStore('tasks').put({
        id: `${ledgerId}#${i}`, ledgerId, order: i, seq: String(i), group: null, title: `性能测试任务 ${n} 推进医共体建设与药品集中带量采购`,
        lead: [depts[n % 30], depts[(n * 3) % 30]], partners: [depts[(n + 5) % 30]], deadlineText: recurring ? '每季度末' : '',
        deadlineKind: recurring ? 'recurring' : 'date', due, dueOverride: null, done, doneAt: done ? '2024-01-01' : null,
        notes: [], history: [], createdAt: 1, updatedAt: n,
      });
    }
  }
  await new Promise((res) => (tx.oncomplete = res));
  db.close();
});
await setup.close();

function probe() {
  window.firstRowAt = undefined;
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-task-id]')) {
      window.firstRowAt = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function open(path, selector) {
  const page = await context.newPage();
  await page.addInitScript(probe);
  await page.goto(`chrome-extension://${id}/${path}`);
  await (selector ? page.waitForSelector(selector) : page.waitForLoadState('load'));
  const t = await page.evaluate(() => ({ firstRow: window.firstRowAt, load: performance.getEntriesByType('navigation')[0].loadEventEnd }));
  await page.close();
  return t;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)].toFixed(0);
for (let i = 0; i < 3; i++) await open('popup.html', '[data-task-id]');
const blank = [];
const popup = [];
for (let i = 0; i < 15; i++) {
  blank.push((await open('blank.html')).load);
  popup.push((await open('popup.html', '[data-task-id]')).firstRow);
}
console.log(`blank extension page loaded: ${median(blank)} ms; popup first row (5,000 tasks): ${median(popup)} ms (medians of 15)`);
await context.close();
