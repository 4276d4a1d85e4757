import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, msg } from './fixtures';
import { addTasks } from '../checklist/e2e/helpers';

/**
 * The README's and the store listing's screenshots, taken from the built extension with the bundled ledgers:
 * docs/screenshots/*.png. Runs with the rest of the e2e suite, so the pictures follow the interface.
 */
const OUT = 'docs/screenshots';

/** A county with twelve months of figures up to this month, written straight into IndexedDB. */
async function addCountyFigures(page: Page) {
  await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('reform-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction(['units', 'figures'], 'readwrite');
    tx.objectStore('units').put({ id: 'county', name: '某县', parentId: null, createdAt: Date.now() });
    const now = new Date();
    for (let back = 11; back >= 0; back--) {
      const d = new Date(now.getFullYear(), now.getMonth() - back, 1);
      const month = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
      const step = 11 - back;
      const values = {
        population: 52_000,
        signed: 19_800 + step * 420,
        keyPopulation: 12_600,
        keySigned: 8_100 + step * 160,
        managed: 2_600 * (d.getMonth() + 1),
        medicalRevenue: 1_250 + step * 10,
        drugRevenue: 420,
        materialRevenue: 160,
        examRevenue: 150,
        labRevenue: 110,
      };
      tx.objectStore('figures').put({
        id: `county|${month}`,
        unitId: 'county',
        month,
        values,
        history: [],
        updatedAt: Date.now(),
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });
}

async function settled(page: Page) {
  await expect(page.locator('#app > *').first()).toBeVisible();
  await expect(page.getByText(await msg(page, 'loading'), { exact: true })).toHaveCount(0);
}

test('writes the popup, side panel and options screenshots', async ({ openPage }) => {
  mkdirSync(OUT, { recursive: true });
  const options = await openPage('options.html');
  await options.setViewportSize({ width: 1280, height: 800 });
  await options.emulateMedia({ colorScheme: 'light' });
  // The first-run banner is for a new user, not for the pictures.
  await options.getByRole('button', { name: await msg(options, 'obBannerDismiss') }).click();
  await expect(options.locator('[data-ledger-id]').first()).toBeVisible();
  // The bundled documents are past and open archived; one restored ledger fills the checklist pictures.
  await options
    .locator('[data-ledger-id]')
    .first()
    .getByRole('button', { name: /^恢复台账：/ })
    .click();
  // This year's work, as an office has it after adding this year's document (the bundled ones are history).
  await addTasks(
    options,
    [
      { key: 'a', title: '报送本季度公立医院综合改革进展情况', offset: -2, lead: ['县卫健局'], partners: ['县财政局'] },
      { key: 'b', title: '完成家庭医生签约服务续约和履约评估', offset: 3, lead: ['县卫健局'], partners: ['县医保局'] },
      { key: 'c', title: '落实医疗服务价格动态调整', offset: 6, lead: ['县医保局'], partners: ['县卫健局'] },
      { key: 'd', title: '推进紧密型县域医共体医保基金打包付费', offset: 20, lead: ['县医保局'] },
      { key: 'e', title: '开展年度医改重点任务督查', offset: 45, lead: ['县医改办'] },
      { key: 'f', title: '每季度末通报各单位任务进展', offset: null, lead: ['县医改办'] },
    ],
    undefined,
    '2026年县域综合医改重点任务台账',
  );
  await options.reload();
  await options.locator('[data-ledger-id]').first().locator('.lg-toggle').click();
  await expect(options.locator('[data-task-id]').first()).toBeVisible();
  await options.screenshot({ path: `${OUT}/options-ledgers.png` });

  const tabs = await options
    .locator('[role=tablist] a[role=tab]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  if (tabs.includes('#indicators')) {
    await options.goto(`${options.url().replace(/#.*$/, '')}#indicators`);
    await addCountyFigures(options);
    await options.reload();
    await settled(options);
    await options.getByRole('button', { name: '某县', exact: true }).click();
    await options.getByRole('button', { name: '查看图表：家庭医生签约覆盖率' }).click();
    await expect(options.locator('.ind-chart canvas')).toBeVisible();
    await options.setViewportSize({ width: 1280, height: 900 });
    // Only the front tab paints; the install-time guide tab may have come up in front of this one.
    await options.bringToFront();
    // Opening the chart scrolls to it on the next frame, which a tab in the background only gets once in front:
    // scroll back to the table until it stays there. Waiting two frames each time also lets the resized viewport be
    // painted; a screenshot before that comes out blank.
    await expect(async () => {
      await options.locator('.ind-results').evaluate((table) => table.scrollIntoView({ block: 'start' }));
      await options.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await expect(options.locator('.ind-results')).toBeInViewport({ timeout: 500 });
    }).toPass();
    await options.screenshot({ path: `${OUT}/options-indicators.png` });
    await options.locator('.ind-chart').evaluate((chart) => chart.scrollIntoView({ block: 'center' }));
    await options.screenshot({ path: `${OUT}/options-chart.png` });
  }

  const popup = await openPage('popup.html');
  await popup.emulateMedia({ colorScheme: 'light' });
  await popup.setViewportSize({ width: 400, height: 600 });
  await settled(popup);
  // The live rows, not the copy of the last look painted before them (its counts read "…").
  await expect(popup.locator('[data-view="live"] [data-task-id]').first()).toBeVisible();
  await popup.screenshot({ path: `${OUT}/popup.png` });

  const panel = await openPage('sidepanel.html');
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.setViewportSize({ width: 360, height: 720 });
  await settled(panel);
  await expect(panel.locator('[data-view="live"] [data-task-id]').first()).toBeVisible();
  await panel.screenshot({ path: `${OUT}/sidepanel.png` });
});
