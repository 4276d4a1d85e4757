import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { EXTENSION_PATH, test, expect, watchConsole } from './fixtures';
import { ledger, localDay, readRaw, task, writeRaw } from './reliability-data';
import { ledgerRow, taskRow } from './records';

const DEPT = '可靠性测试局';
const MINE = { key: 'checklist.filters', value: { departments: [DEPT], ledgerId: null, search: '' } };
const DAY = 24 * 60 * 60 * 1000;

/** Markup a pasted document or a restored file could carry; each would set window.pwned or open a dialog if run. */
const PAYLOADS = [
  '<img src=x onerror="window.pwned=1;alert(1)">',
  '<script>window.pwned=2;alert(2)</script>',
  '<a href="javascript:window.pwned=3">点此查看</a>',
  '<svg onload="window.pwned=4"></svg><iframe srcdoc="<script>parent.pwned=5</script>"></iframe>',
];

async function watchDialogs(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(
    page.locator(
      '#app img, #app svg[onload], #app iframe, #app script, #app a[href^="javascript:" i], #app [onerror], #app [onload]',
    ),
  ).toHaveCount(0);
}

test('task titles and notes holding HTML or script show as plain text in popup, side panel and options', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-sections')).toBeVisible();
  const now = Date.now();
  const due = await localDay(popup, 3);
  const notes = PAYLOADS.map((text, i) => ({ at: now + i, text }));
  await writeRaw(popup, {
    ledgers: [ledger('rel-xss', '<b>台账</b><img src=x onerror="window.pwned=9">', now)],
    tasks: PAYLOADS.map((title, i) => task('rel-xss', i, title, due, now, { notes, lead: [DEPT, `<i>${DEPT}</i>`] })),
    settings: [MINE],
  });

  for (const path of ['popup.html', 'sidepanel.html']) {
    const page = await openPage(path);
    const dialogs = await watchDialogs(page);
    for (const [i, title] of PAYLOADS.entries())
      await expect(page.locator(`[data-task-id="rel-xss#${i}"] .cl-title`)).toHaveText(title);
    await page.locator('[data-task-id="rel-xss#0"] .cl-note-btn').click();
    for (const text of PAYLOADS) await expect(page.locator('.cl-timeline')).toContainText(text);
    await expectNothingRan(page, dialogs);
  }

  const options = await openPage('options.html#ledgers');
  const dialogs = await watchDialogs(options);
  const item = options.locator('[data-ledger-id="rel-xss"]');
  await expect(item.locator('.lg-ledger-title')).toHaveText('<b>台账</b><img src=x onerror="window.pwned=9">');
  await item.locator('.lg-toggle').click();
  for (const [i, title] of PAYLOADS.entries())
    await expect(item.locator(`[data-task-id="rel-xss#${i}"] .lg-title`)).toHaveText(title);
  await item.locator('[data-task-id="rel-xss#1"] .ui-link').first().click();
  for (const text of PAYLOADS) await expect(item.locator('.lg-notes')).toContainText(text);
  await expectNothingRan(options, dialogs);
});

test('the built extension asks for no host access, declares no content script, loads no remote code and keeps the default CSP', async ({
  openPage,
}) => {
  const page = await openPage('popup.html');
  const manifest = await page.evaluate(() => chrome.runtime.getManifest() as unknown as Record<string, unknown>);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions ?? []).toEqual([]);
  expect(manifest.content_scripts).toBeUndefined();
  expect(manifest.content_security_policy).toBeUndefined();
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources ?? []).toEqual([]);
  expect([...(manifest.permissions as string[])].sort()).toEqual([
    'activeTab',
    'alarms',
    'contextMenus',
    'notifications',
    'scripting',
    'sidePanel',
    'unlimitedStorage',
  ]);

  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
    );
  const built = files(EXTENSION_PATH);
  for (const html of built.filter((f) => f.endsWith('.html'))) {
    for (const [tag] of readFileSync(html, 'utf8').matchAll(/<(script|link)\b[^>]*>/g))
      expect(tag, html).not.toMatch(/(src|href)="(https?:)?\/\//);
  }
  for (const js of built.filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(js, 'utf8');
    expect(code, js).not.toMatch(/import\(\s*["'`]https?:|importScripts\(\s*["'`]https?:/);
  }
});

test('no page sends anything over the network: every request stays inside the extension', async ({
  context,
  openPage,
}) => {
  const outside: string[] = [];
  context.on('request', (request) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url())) outside.push(request.url());
  });
  for (const path of [
    'popup.html',
    'sidepanel.html',
    'options.html#ledgers',
    'options.html#checklist',
    'options.html#indicators',
    'options.html#export',
    'options.html#backup',
  ]) {
    const page = await openPage(path);
    await expect(page.locator('#app > *').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    await page.close();
  }
  expect(outside).toEqual([]);
});

test('two pages adding notes to the same task at the same time keep both', async ({ openPage }) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-sections')).toBeVisible();
  const now = Date.now();
  await writeRaw(popup, {
    ledgers: [ledger('rel-two', '并发测试台账', now)],
    tasks: [task('rel-two', 0, '两页同时编辑的任务', await localDay(popup, 5), now)],
    settings: [MINE],
  });
  const pages = [await openPage('popup.html'), await openPage('sidepanel.html')];
  for (const [i, page] of pages.entries()) {
    await page.locator('[data-task-id="rel-two#0"] .cl-note-btn').click();
    await page.locator('.cl-note-form input').fill(`第 ${i + 1} 页的备注`);
  }
  await Promise.all(pages.map((page) => page.locator('.cl-note-form button[type=submit]').click()));
  await expect
    .poll(async () =>
      (await readRaw<{ notes: { text: string }[] }>(popup, 'tasks', 'rel-two#0'))?.notes.map((n) => n.text).sort(),
    )
    .toEqual(['第 1 页的备注', '第 2 页的备注']);
  for (const page of pages) await expect(page.locator('[data-task-id="rel-two#0"] .cl-timeline li')).toHaveCount(2);
});

test('closing the popup while typing a note loses nothing: the text is back when the note is opened again', async ({
  openPage,
}) => {
  const first = await openPage('popup.html');
  await expect(first.locator('.cl-sections')).toBeVisible();
  const now = Date.now();
  await writeRaw(first, {
    ledgers: [ledger('rel-draft', '草稿测试台账', now)],
    tasks: [task('rel-draft', 0, '写到一半的备注', await localDay(first, 5), now)],
    settings: [MINE],
  });
  const popup = await openPage('popup.html');
  await popup.locator('[data-task-id="rel-draft#0"] .cl-note-btn').click();
  await popup.locator('.cl-note-form input').pressSequentially('已与医保局对接，待');
  await expect
    .poll(async () => (await readRaw<{ value: string }>(first, 'settings', 'noteDraft:rel-draft#0'))?.value)
    .toBe('已与医保局对接，待');
  await popup.close();

  const again = await openPage('popup.html');
  await again.locator('[data-task-id="rel-draft#0"] .cl-note-btn').click();
  const input = again.locator('.cl-note-form input');
  await expect(input).toHaveValue('已与医保局对接，待');
  await input.pressSequentially('会签');
  await again.locator('.cl-note-form button[type=submit]').click();
  await expect(again.locator('[data-task-id="rel-draft#0"] .cl-timeline')).toContainText('已与医保局对接，待会签');
  await expect(input).toHaveValue('');
  await expect.poll(() => readRaw(first, 'settings', 'noteDraft:rel-draft#0')).toBeUndefined();
});

test('reminds to back up after 30 days, links to the backup tab, and a dismissal hides it for the day', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-sections')).toBeVisible();
  await expect(popup.locator('.rel-reminder')).toHaveCount(0);
  await writeRaw(popup, { settings: [{ key: 'lastBackupAt', value: Date.now() - 40 * DAY }] });
  await popup.reload();
  const banner = popup.locator('.rel-reminder');
  await expect(banner).toContainText('已有 40 天没有备份数据');
  await expect(banner.getByRole('link', { name: '去备份' })).toHaveAttribute('href', /options\.html#backup$/);

  const options = await openPage('options.html');
  await expect(options.locator('.rel-reminder')).toContainText('已有 40 天没有备份数据');
  await expect(options.locator('[data-persistence]')).toContainText('存储：');
  await expect(options.getByLabel('备份提醒：超过')).toHaveValue('30');
  await options.locator('.rel-reminder').getByRole('link', { name: '去备份' }).click();
  await expect(options).toHaveURL(/#backup$/);

  await banner.getByRole('button', { name: '今天不再提醒' }).click();
  await expect(popup.locator('.rel-reminder')).toHaveCount(0);
  await expect(options.locator('.rel-reminder')).toHaveCount(0);
  await popup.reload();
  await expect(popup.locator('.cl-sections')).toBeVisible();
  await expect(popup.locator('.rel-reminder')).toHaveCount(0);

  // A fresh backup date (as the backup tab writes it) and a longer interval also keep it away.
  await options.getByLabel('备份提醒：超过').fill('60');
  await options.getByLabel('备份提醒：超过').press('Tab');
  await expect
    .poll(async () => (await readRaw<{ value: number }>(popup, 'settings', 'backupReminderDays'))?.value)
    .toBe(60);
  await options.getByLabel('备份提醒：超过').fill('-3');
  await options.getByLabel('备份提醒：超过').press('Tab');
  await expect(options.locator('.rel-days [role=alert]')).toHaveText('不能小于 0');
});

test('with 50,000 tasks and ten years of monthly figures for 30 units every page still opens and shows rows', async ({
  openPage,
}) => {
  test.setTimeout(300_000);
  const popup = await openPage('popup.html');
  const errors = watchConsole(popup);
  await expect(popup.locator('.cl-sections')).toBeVisible();
  const base = Date.now();
  const today = await localDay(popup, 0);
  await popup.evaluate(
    async ({ now, day, dept, ledgerTemplate, taskTemplate }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('reform-ledger');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['ledgers', 'tasks', 'units', 'figures', 'settings'], 'readwrite');
      const shift = (offset: number) => {
        const d = new Date(`${day}T00:00:00`);
        d.setDate(d.getDate() + offset);
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      };
      for (let l = 0; l < 50; l++) {
        const ledgerId = `scale-${String(l).padStart(2, '0')}`;
        tx.objectStore('ledgers').put({ ...ledgerTemplate, id: ledgerId, title: `规模测试台账 ${l + 1}` });
        for (let i = 0; i < 1000; i++) {
          const due = i % 10 === 0 ? '' : shift((i % 400) - 100);
          const done = i % 3 === 0 ? 1 : 0;
          tx.objectStore('tasks').put({
            ...taskTemplate,
            id: `${ledgerId}#${i}`,
            ledgerId,
            order: i,
            seq: String(i + 1),
            title: `规模任务 ${l + 1}-${i + 1}`,
            lead: [i % 2 ? dept : '县医保局'],
            deadlineText: due ? '' : '长期坚持',
            deadlineKind: due ? 'date' : 'open',
            due,
            done,
            doneAt: done ? day : null,
            notes: [{ at: now, text: '进展备注' }],
          });
        }
      }
      for (let u = 0; u < 30; u++) {
        const unitId = `scale-unit-${u}`;
        tx.objectStore('units').put({
          id: unitId,
          name: `规模测试单位 ${u + 1}`,
          parentId: u === 0 ? null : 'scale-unit-0',
          createdAt: now + u,
        });
        // Ten years back from this month, so the indicator page's default month has figures.
        for (let m = 0; m < 120; m++) {
          const at = new Date(`${day}T00:00:00`);
          at.setDate(1);
          at.setMonth(at.getMonth() - m);
          const month = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}`;
          const values = {
            signed: 40_000 + m * 10 + u,
            population: 100_000,
            medicalRevenue: 5_000 + m,
            drugRevenue: 1_500 + u,
          };
          tx.objectStore('figures').put({
            id: `${unitId}:${month}`,
            unitId,
            month,
            values,
            history: [],
            updatedAt: now,
          });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    {
      now: base,
      day: today,
      dept: DEPT,
      ledgerTemplate: ledgerRow('', '', base),
      taskTemplate: taskRow('', '', 0, base),
    },
  );
  expect(
    await popup.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const req = indexedDB.open('reform-ledger');
          req.onsuccess = () => {
            const count = req.result.transaction('tasks').objectStore('tasks').count();
            count.onsuccess = () => {
              resolve(count.result);
              req.result.close();
            };
          };
        }),
    ),
  ).toBeGreaterThanOrEqual(50_000);

  for (const path of ['popup.html', 'sidepanel.html']) {
    const page = await openPage(path);
    const pageErrors = watchConsole(page);
    await expect(page.locator('[data-task-id^="scale-"]').first()).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('[data-section="overdue"] .cl-count')).not.toHaveText('0');
    expect(pageErrors).toEqual([]);
  }
  const options = await openPage('options.html#ledgers');
  const optionErrors = watchConsole(options);
  // The list shows its first 50 ledgers (of 56); "show more" brings the rest.
  await expect(options.locator('[data-ledger-id]')).toHaveCount(50, { timeout: 60_000 });
  await options.locator('button.lg-more').click();
  await expect(options.locator('[data-ledger-id^="scale-"]')).toHaveCount(50, { timeout: 60_000 });
  await options.locator('[data-ledger-id="scale-07"] .lg-toggle').click();
  await expect(options.locator('[data-ledger-id="scale-07"] [data-task-id]').first()).toBeVisible({ timeout: 60_000 });
  await options.goto(options.url().replace('#ledgers', '#indicators'));
  await options.reload();
  await expect(options.locator('.ind-unit-list li')).toHaveCount(30, { timeout: 60_000 });
  await options.locator('.ind-unit-name', { hasText: '规模测试单位 2' }).first().click();
  const signing = options.locator('tr', { hasText: '家庭医生签约覆盖率' }).first();
  await expect(signing).toBeVisible();
  await expect(signing).not.toContainText('暂无数据');
  expect(optionErrors).toEqual([]);
  expect(errors).toEqual([]);
});
