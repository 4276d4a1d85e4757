import { test, expect, readStore, watchConsole } from './fixtures';

const SEED_TASK_COUNT = 204;

test('service worker seeds all 204 bundled work items on install', async ({ openPage }) => {
  const page = await openPage('options.html');
  // readStore waits for the extension's own database: opening it first from here made an empty one and held it
  // open, which blocked the worker's upgrade and left 0 tasks (1 run in 3 of the whole suite).
  await expect.poll(async () => (await readStore(page, 'tasks')).length, { timeout: 15_000 }).toBe(SEED_TASK_COUNT);
});

test('manifest asks only for the permissions it uses', async ({ worker }) => {
  const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
  expect([...(manifest.permissions ?? [])].sort()).toEqual(
    ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'sidePanel', 'unlimitedStorage'].sort(),
  );
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts ?? []).toEqual([]);
  expect(manifest.name).toBe('医改台账助手');
});

for (const path of ['popup.html', 'sidepanel.html', 'options.html']) {
  test(`${path} shows seeded data without console errors`, async ({ context, extensionId }) => {
    const page = await context.newPage();
    const errors = watchConsole(page);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator('h1').first()).toContainText('医改台账助手');
    if (path === 'options.html') {
      await expect(page.locator('[data-ledger-id]')).toHaveCount(6);
    } else {
      // The bundled documents' dates have all passed: their tasks are archived, out of this year's checklist.
      await expect(page.getByText('往年文件的任务已归档')).toBeVisible();
      await expect(page.locator('[data-task-id]')).toHaveCount(0);
    }
    expect(errors).toEqual([]);
  });
}
