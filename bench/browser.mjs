// Drives the bench build in one Chromium process: seeds data through the harness page, then times page loads.
import { CHROMIUM, launchWithExtension } from '../test/e2e/launch.mjs';

export { CHROMIUM };

export async function launch(extensionPath) {
  const { context, worker, extensionId: id } = await launchWithExtension(extensionPath, { language: 'zh_CN' });
  return { context, id, version: context.browser()?.version() ?? (await worker.evaluate(() => navigator.userAgent)) };
}

/** The harness page (bench/harness/main.ts) after the install-time seeding, with every other page closed. */
export async function openHarness(context, id) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/bench-harness.html`);
  await page.waitForFunction(() => document.title === 'bench ready');
  // First install seeds the bundled ledgers and opens the welcome tab; let both finish so they cannot race the bench.
  await page
    .waitForFunction(() => window.bench.ledgerCount().then((n) => n > 0), undefined, { timeout: 15_000 })
    .catch(() => {});
  await page.waitForTimeout(500);
  for (const other of context.pages()) if (other !== page) await other.close();
  return page;
}

// The first row may come from the snapshot of the last view (lib/checklist/first-paint.ts); the live row is the
// first one rendered from this page's own IndexedDB query. A row in the DOM is not yet on screen: Element Timing
// reports when the first row's title is painted, which is what the user sees.
function probe() {
  new PerformanceObserver((list) => {
    window.rowPaintAt ??= list.getEntries()[0]?.renderTime;
  }).observe({ type: 'element', buffered: true });
  new MutationObserver((_, observer) => {
    const title = document.querySelector('[data-task-id] .cl-title');
    window.firstRowAt ??= title ? performance.now() : undefined;
    // A row replaced before it was painted hands the mark on to the row that took its place.
    if (title && window.rowPaintAt === undefined && !title.hasAttribute('elementtiming'))
      title.setAttribute('elementtiming', 'first-row');
    if (document.querySelector('[data-view="live"] [data-task-id]') && window.liveRowAt === undefined)
      window.liveRowAt = performance.now();
    if (window.liveRowAt !== undefined && window.rowPaintAt !== undefined) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-view'] });
}

/**
 * The options page at scale: ms from navigation to the ledger list, and from picking a unit (the parent of all
 * others, so its figures are summed over every unit) to its indicator table with values.
 */
export async function timeOptions(context, id) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/options.html#ledgers`);
  await page.waitForSelector('[data-ledger-id]', { timeout: 60_000 });
  const ledgersMs = await page.evaluate(() => performance.now());
  await page.goto(`chrome-extension://${id}/options.html#indicators`);
  await page.reload();
  const unit = page.locator('.ind-unit-name').first();
  await unit.waitFor({ timeout: 60_000 });
  const start = await page.evaluate(() => performance.now());
  await unit.click();
  await page.waitForFunction(
    () => /\d/.test(document.querySelector('tr[data-indicator="signing-coverage"] .ind-value')?.textContent ?? ''),
    undefined,
    { timeout: 60_000 },
  );
  const indicatorsMs = (await page.evaluate(() => performance.now())) - start;
  await page.close();
  return { ledgersMs, indicatorsMs, interactions: { indicatorsParentUnit: indicatorsMs } };
}

/**
 * ms from navigation start to the first checklist row in the DOM, to that row painted, and to the first live row;
 * for a page without rows, the end of `load`.
 */
export async function timePage(context, id, path, waitForRow, dropKeys = []) {
  const page = await context.newPage();
  if (dropKeys.length)
    await page.addInitScript((keys) => {
      for (const key of keys) localStorage.removeItem(key);
    }, dropKeys);
  await page.addInitScript(probe);
  await page.goto(`chrome-extension://${id}/${path}`);
  if (waitForRow)
    await page.waitForFunction(() => window.liveRowAt !== undefined && window.rowPaintAt !== undefined, undefined, {
      timeout: 60_000,
    });
  else await page.waitForFunction(() => performance.getEntriesByType('navigation')[0]?.loadEventEnd > 0);
  const times = await page.evaluate(
    (row) =>
      row
        ? { first: window.firstRowAt, painted: window.rowPaintAt, live: window.liveRowAt }
        : { first: performance.getEntriesByType('navigation')[0].loadEventEnd, painted: 0, live: 0 },
    waitForRow,
  );
  // The popup and side panel keep a copy of their look for the next open right after showing live rows
  // (lib/ui/first-paint): give it the moment a user's open page always gives it.
  if (waitForRow) await page.waitForTimeout(100);
  await page.close();
  return times;
}
