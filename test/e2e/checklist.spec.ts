import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, readStore, watchConsole } from './fixtures';
import {
  E2E_DEPT,
  E2E_LEDGER,
  addTasks,
  badge,
  localToday,
  message,
  pokeBackground,
  readTask,
  taskId,
} from '../checklist/e2e/helpers';
import { formatDate } from '../../lib/ui/format-date';

// Seed deadlines (2016–2021) are all overdue by now; the tasks below are placed relative to the real today and
// "my departments" is set to their department, so counts never depend on the date or on the seeds.
const TASKS = [
  { key: 'late', title: 'E2E 逾期任务', offset: -3 },
  { key: 'soon', title: 'E2E 本周任务', offset: 2 },
  { key: 'month', title: 'E2E 本月任务', offset: 20 },
  { key: 'later', title: 'E2E 远期任务', offset: 60 },
  { key: 'open', title: 'E2E 待定任务', offset: null },
];
const MINE = { departments: [E2E_DEPT], ledgerId: null, search: '' };
const RED = [180, 35, 24, 255];
const AMBER = [181, 71, 8, 255];

const row = (key: string) => `[data-task-id="${taskId(key)}"]`;
const count = (section: string) => `[data-section="${section}"] .cl-count`;

test('checking off in the popup shows at once in the side panel and on the badge; undo brings it back', async ({
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  const popupErrors = watchConsole(popup);
  await expect(popup.locator('.cl-sections')).toBeVisible();
  await addTasks(popup, TASKS, MINE);
  await popup.reload();
  const side = await openPage('sidepanel.html');
  const sideErrors = watchConsole(side);
  await pokeBackground(popup);

  for (const page of [popup, side]) {
    await expect(page.locator(count('overdue'))).toHaveText('1');
    await expect(page.locator(count('week'))).toHaveText('1');
    await expect(page.locator(count('month'))).toHaveText('1');
    await expect(page.locator(count('later'))).toHaveText('1');
    await expect(page.locator(count('undated'))).toHaveText('1');
    await expect(page.locator(count('done'))).toHaveText('0');
  }
  await expect(side.locator(`[data-section="week"] ${row('soon')}`)).toContainText(
    await message(side, 'clDueLeft', ['2']),
  );
  await expect(side.locator(`[data-section="overdue"] ${row('late')}`)).toContainText(
    await message(side, 'clDueOverdue', ['3']),
  );
  await expect.poll(() => badge(worker)).toEqual({ text: '2', color: RED });

  await popup.locator(`${row('late')} input[type=checkbox]`).click();
  await expect(side.locator(count('overdue'))).toHaveText('0');
  await expect(side.locator(count('done'))).toHaveText('1');
  await expect(side.locator(row('late'))).toHaveCount(0);
  await expect.poll(() => badge(worker)).toEqual({ text: '1', color: AMBER });
  const done = await readTask(popup, 'late');
  expect(done.done).toBe(1);
  expect(done.doneAt).toBe(await localToday(popup));
  expect(done.history.map((h) => h.action)).toEqual([`done:${done.doneAt}`]);

  // 已完成 is collapsed; opened, it lists the task with its date.
  await side.locator('[data-section="done"] .cl-section-head button').click();
  await expect(side.locator(`[data-section="done"] ${row('late')}`)).toContainText(
    formatDate(done.doneAt!, await message(side, 'uiLanguage')),
  );

  await popup.locator('.cl-undo-btn').click();
  await expect(side.locator(`[data-section="overdue"] ${row('late')}`)).toBeVisible();
  await expect(side.locator(count('done'))).toHaveText('0');
  await expect.poll(() => badge(worker)).toEqual({ text: '2', color: RED });
  const reopened = await readTask(popup, 'late');
  expect([reopened.done, reopened.doneAt]).toEqual([0, null]);
  expect(reopened.history.map((h) => h.action)).toEqual([`done:${done.doneAt}`, 'reopen']);

  expect([...popupErrors, ...sideErrors]).toEqual([]);
});

test('filters survive closing and reopening the checklist', async ({ openPage }) => {
  const first = await openPage('popup.html');
  await expect(first.locator('.cl-sections')).toBeVisible();
  await addTasks(first, TASKS);
  await first.reload();

  await first.locator('.cl-search').fill('E2E');
  await first.locator('.cl-ledger-filter').selectOption(E2E_LEDGER);
  await first.locator('.cl-mine').click();
  await first.locator(`[data-department="${E2E_DEPT}"]`).check();
  await expect(first.locator('.cl-mine')).toContainText('1');
  await expect(first.locator('[data-task-id]')).toHaveCount(TASKS.length);
  await first.close();

  for (const path of ['popup.html', 'sidepanel.html']) {
    const again = await openPage(path);
    await expect(again.locator('.cl-search')).toHaveValue('E2E');
    await expect(again.locator('.cl-ledger-filter')).toHaveValue(E2E_LEDGER);
    await expect(again.locator('.cl-mine')).toContainText('1');
    await expect(again.locator('[data-task-id]')).toHaveCount(TASKS.length);
    for (const id of await again
      .locator('[data-task-id]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-task-id')))) {
      expect(id?.startsWith(`${E2E_LEDGER}#`)).toBe(true);
    }
    await again.close();
  }

  const cleared = await openPage('popup.html');
  await cleared.locator('.cl-search').fill('本月');
  await expect(cleared.locator('[data-task-id]')).toHaveCount(1);
  await expect(cleared.locator(row('month'))).toBeVisible();
});

test('keyboard: arrows move between rows, space checks off, Enter opens the note, / focuses search', async ({
  openPage,
}) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-sections')).toBeVisible();
  await addTasks(popup, TASKS, MINE);
  await popup.reload();
  await expect(popup.locator('[data-task-id]')).toHaveCount(TASKS.length);

  await popup.locator('body').press('/');
  await expect(popup.locator('.cl-search')).toBeFocused();

  await popup.locator(row('late')).focus();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator(row('soon'))).toBeFocused();
  await popup.keyboard.press('ArrowDown');
  await expect(popup.locator(row('month'))).toBeFocused();
  await popup.keyboard.press('ArrowUp');
  await expect(popup.locator(row('soon'))).toBeFocused();

  await popup.keyboard.press(' ');
  await expect(popup.locator(row('soon'))).toHaveCount(0);
  await expect(popup.locator(count('done'))).toHaveText('1');
  await expect(popup.locator('.cl-undo')).toBeVisible();
  // Focus goes to the row that took the checked-off row's place.
  await expect(popup.locator(row('month'))).toBeFocused();
  expect((await readTask(popup, 'soon')).done).toBe(1);

  await popup.keyboard.press('Enter');
  const note = popup.locator(`${row('month')} .cl-note-panel input`);
  await expect(note).toBeFocused();
  await popup.keyboard.type('已提交实施方案');
  await popup.keyboard.press('Enter');
  await expect(popup.locator(`${row('month')} .cl-timeline`)).toContainText('已提交实施方案');
  await expect(note).toHaveValue('');
  expect((await readTask(popup, 'month')).notes.map((n) => n.text)).toEqual(['已提交实施方案']);
  await popup.keyboard.press('Escape');
  await expect(popup.locator(`${row('month')} .cl-note-panel`)).toHaveCount(0);
  await expect(popup.locator(row('month'))).toBeFocused();

  // Every control has an accessible name (and nothing else axe can see is wrong).
  const audit = await new AxeBuilder({ page: popup }).analyze();
  expect(audit.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('settings tab: badge window, reminder alarm and notification', async ({ openPage, worker }) => {
  const options = await openPage('options.html#checklist');
  await expect(options.locator('.cl-settings')).toBeVisible();
  await addTasks(options, TASKS, MINE);
  await pokeBackground(options);
  await expect.poll(() => badge(worker)).toEqual({ text: '2', color: RED });

  await options.locator('.cl-settings input[type=number]').fill('30');
  await options.locator('.cl-settings input[type=number]').blur();
  await expect.poll(async () => (await badge(worker)).text).toBe('3');

  const alarm = () =>
    worker.evaluate(async () => {
      const a = await chrome.alarms.get('checklist-reminder');
      return a ? `${new Date(a.scheduledTime).getHours()}:${new Date(a.scheduledTime).getMinutes()}` : null;
    });
  await expect.poll(alarm).toBe('9:0');
  await options.locator('.cl-settings input[type=time]').fill('18:30');
  await expect.poll(alarm).toBe('18:30');
  await options.locator('.cl-settings input[type=checkbox]').first().uncheck();
  await expect.poll(alarm).toBe(null);
  expect(await worker.evaluate(async () => Boolean(await chrome.alarms.get('checklist-daily')))).toBe(true);

  await options.locator('.cl-settings button', { hasText: await message(options, 'clSettingsRemindNow') }).click();
  await expect
    .poll(() => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())))
    .toContain('checklist-reminder');
});

test('the popup pins the checklist to the side panel', async ({ openPage, worker }) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-pin')).toBeEnabled();
  await popup.locator('.cl-pin').click();
  await expect
    .poll(() =>
      worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length),
    )
    .toBe(1);
});

test('the popup paints the last view at once, then the live data replaces a stale row', async ({
  context,
  extensionId,
  openPage,
}) => {
  const first = await openPage('popup.html');
  await expect(first.locator('.cl-sections')).toBeVisible();
  await addTasks(first, TASKS, MINE);
  await first.reload();
  await expect(first.locator(`[data-view="live"] ${row('late')}`)).toBeVisible();
  // Deleted behind the page's back (a raw write, as another device's restore would be): the snapshot still has it.
  await first.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('reform-ledger');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise((resolve, reject) => {
      const tx = db.transaction('tasks', 'readwrite');
      tx.objectStore('tasks').delete(id);
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, taskId('late'));
  await first.close();

  const popup = await context.newPage();
  await popup.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const list = document.querySelector('.cl-sections');
      if (!list?.querySelector('[data-task-id]')) return;
      (window as unknown as { firstPaint: unknown }).firstPaint = {
        view: list.getAttribute('data-view'),
        ids: [...list.querySelectorAll<HTMLElement>('[data-task-id]')].map((el) => el.dataset.taskId),
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.locator('[data-view="live"]')).toBeVisible();
  const firstPaint = await popup.evaluate(
    () => (window as unknown as { firstPaint: { view: string; ids: string[] } }).firstPaint,
  );
  expect(firstPaint.view).toBe('snapshot');
  expect(firstPaint.ids).toContain(taskId('late'));
  await expect(popup.locator(row('late'))).toHaveCount(0);
  await expect(popup.locator(row('soon'))).toBeVisible();
  await expect(popup.locator(count('overdue'))).toHaveText('0');
});

test('the popup and side panel paint the copy of their last look before any module runs; live rows replace it with no row shown twice', async ({
  context,
  extensionId,
  openPage,
}) => {
  // Two pages, each opened three times.
  test.slow();
  for (const path of ['popup.html', 'sidepanel.html']) {
    const first = await openPage(path);
    await expect(first.locator('.cl-sections')).toBeVisible();
    if (path === 'popup.html') await addTasks(first, TASKS, MINE);
    await first.reload();
    await expect(first.locator(`[data-view="live"] ${row('soon')}`)).toBeVisible();
    // The copy is kept right after the live rows are shown.
    await expect
      .poll(() =>
        first.evaluate((key) => localStorage.getItem(key) !== null, `firstPaint.copy.${path.replace('.html', '')}`),
      )
      .toBe(true);
    await first.close();

    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = {
        copyFirst: null as boolean | null,
        modulesBeforeRow: false,
        duplicate: false,
        views: [] as string[],
      };
      (window as unknown as { seen: typeof seen }).seen = seen;
      new MutationObserver(() => {
        const rows = [...document.querySelectorAll<HTMLElement>('[data-task-id]')].map((el) => el.dataset.taskId);
        if (new Set(rows).size !== rows.length) seen.duplicate = true;
        if (rows.length > 0 && seen.copyFirst === null)
          seen.copyFirst = document.getElementById('app')?.hasAttribute('data-page-copy') ?? false;
        const view = document.querySelector('.cl-sections')?.getAttribute('data-view');
        if (view && seen.views.at(-1) !== view) seen.views.push(view);
      }).observe(document, { childList: true, subtree: true, attributes: true });
    });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    await expect(page.locator(`[data-view="live"] ${row('soon')}`)).toBeVisible();
    const seen = await page.evaluate(
      () => (window as unknown as { seen: { copyFirst: boolean; duplicate: boolean; views: string[] } }).seen,
    );
    expect(seen.copyFirst, path).toBe(true);
    expect(seen.duplicate, path).toBe(false);
    expect(seen.views, path).toEqual(['snapshot', 'live']);
    // The copy is gone and the live page answers input.
    await expect(page.locator('[data-page-copy]')).toHaveCount(0);
    await expect(page.locator('#app')).toHaveCount(1);
    await page.locator(`${row('soon')} input[type="checkbox"]`).click();
    await expect(page.locator('.cl-undo')).toBeVisible();
    await page.locator('.cl-undo-btn').click();
    await expect(page.locator(`${row('soon')} input[type="checkbox"]`)).not.toBeChecked();
    await page.close();
  }
});

test('popup and side panel open on this year’s work; earlier years are one click away; the overdue order is stored', async ({
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-sections')).toBeVisible();
  const today = await localToday(popup);
  const dayOfYear = Math.round((Date.parse(today) - Date.parse(`${today.slice(0, 4)}-01-01`)) / 86_400_000);
  test.skip(dayOfYear < 10, 'needs two overdue days of this year');
  await addTasks(
    popup,
    [
      { key: 'late', title: 'E2E 今年逾期近', offset: -2 },
      { key: 'later-late', title: 'E2E 今年逾期远', offset: -(dayOfYear - 1) },
      { key: 'old', title: 'E2E 往年逾期', offset: -(dayOfYear + 30) },
      { key: 'older', title: 'E2E 更早逾期', offset: -(dayOfYear + 400) },
      { key: 'open', title: 'E2E 待定任务', offset: null },
    ],
    MINE,
  );
  await popup.reload();
  const side = await openPage('sidepanel.html');
  await pokeBackground(popup);
  const overdueTitles = (page: typeof popup) =>
    page.locator('[data-section="overdue"] [data-task-id]').evaluateAll((els) => els.map((e) => e.dataset.taskId));
  for (const page of [popup, side]) {
    await expect(page.locator('[data-period="current"]')).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(count('overdue'))).toHaveText('2');
    await expect(page.locator(count('undated'))).toHaveText('1');
    await expect.poll(() => overdueTitles(page)).toEqual([taskId('late'), taskId('later-late')]);
  }
  // The badge counts this year's overdue tasks only.
  await expect.poll(() => badge(worker)).toEqual({ text: '2', color: RED });

  await side.locator('[data-period="history"]').click();
  await expect(side.locator('[data-period="history"]')).toHaveAttribute('aria-pressed', 'true');
  await expect(side.locator(count('overdue'))).toHaveText('2');
  await expect(side.locator(count('undated'))).toHaveText('0');
  await expect.poll(() => overdueTitles(side)).toEqual([taskId('old'), taskId('older')]);
  await side.screenshot({ path: 'test-results/e2e-output/checklist-history.png' });

  // Most overdue first: stored, so the other page follows; history is not remembered, the next open is this year.
  await side.getByRole('combobox', { name: await message(side, 'wkOverdueOrder') }).selectOption('oldest');
  await expect.poll(() => overdueTitles(side)).toEqual([taskId('older'), taskId('old')]);
  await expect.poll(() => overdueTitles(popup)).toEqual([taskId('later-late'), taskId('late')]);
  await side.reload();
  await expect(side.locator('[data-period="current"]')).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => overdueTitles(side)).toEqual([taskId('later-late'), taskId('late')]);
});

test('my departments: lead and partner rows marked, partner rows hidden on request, an alias merge widens the unit', async ({
  openPage,
  worker,
}) => {
  const popup = await openPage('popup.html');
  await expect(popup.locator('.cl-sections')).toBeVisible();
  const OTHER = 'E2E其他局';
  const BRACKETED = `${E2E_DEPT}（分局）`;
  await addTasks(
    popup,
    [
      { key: 'ours', title: 'E2E 我们牵头', offset: 2 },
      { key: 'helps', title: 'E2E 我们配合', offset: 3, lead: [OTHER], partners: [BRACKETED] },
      { key: 'theirs', title: 'E2E 与我们无关', offset: 1, lead: [OTHER], partners: ['E2E只配合局'] },
    ],
    MINE,
  );
  await popup.reload();
  await pokeBackground(popup);
  const rows = popup.locator(`[data-task-id^="${E2E_LEDGER}#"]`);
  // 我们配合 names the unit in brackets: not one unit yet.
  await expect(rows).toHaveCount(1);
  await expect(popup.locator(`${row('ours')} [data-role="lead"]`)).toHaveText(await message(popup, 'dpRoleLead'));
  await expect.poll(async () => (await badge(worker)).text).toBe('1');

  // The picker lists units that only partner, too.
  await popup.locator('.cl-mine').click();
  await expect(popup.locator('[data-department="E2E只配合局"]')).toBeVisible();
  await expect(popup.locator(`[data-department="${BRACKETED}"]`)).toBeVisible();

  // Options: the bracketed name is proposed as the same unit; nothing is merged before 合并.
  const options = await openPage('options.html#checklist');
  const proposal = options.locator(`[data-proposal="${[E2E_DEPT, BRACKETED].sort().join('|')}"]`);
  await expect(proposal).toBeVisible();
  expect(await readAliases(options)).toEqual([]);
  await proposal.getByRole('button', { name: await message(options, 'dpProposalAccept') }).click();
  await expect(options.locator(`[data-unit="${E2E_DEPT}"] [data-alias="${BRACKETED}"]`)).toBeVisible();
  await expect(proposal).toHaveCount(0);
  expect(await readAliases(options)).toEqual([{ alias: BRACKETED, canonical: E2E_DEPT }]);

  // The popup now shows both, each marked; the picker has one name for the unit.
  await expect(rows).toHaveCount(2);
  await expect(popup.locator(`${row('helps')} [data-role="partner"]`)).toHaveText(
    await message(popup, 'dpRolePartner'),
  );
  await expect(popup.locator(`${row('ours')} [data-role="lead"]`)).toBeVisible();
  await expect(popup.locator(`[data-department="${BRACKETED}"]`)).toHaveCount(0);
  await expect(popup.locator(`[data-department="${E2E_DEPT}"]`)).toBeChecked();
  await expect.poll(async () => (await badge(worker)).text).toBe('2');

  // Hide partner rows: the list and the badge follow, and the choice is stored.
  await popup.locator('.cl-hide-partners input').check();
  await expect(rows).toHaveCount(1);
  await expect(popup.locator(row('helps'))).toHaveCount(0);
  await expect.poll(async () => (await badge(worker)).text).toBe('1');
  await popup.reload();
  await expect(popup.locator('.cl-hide-partners input')).toBeChecked();
  await expect(rows).toHaveCount(1);
  await popup.locator('.cl-hide-partners input').uncheck();
  await expect(rows).toHaveCount(2);

  // Split the name back out: the partner row leaves again.
  await options.getByRole('button', { name: await message(options, 'dpSplitLabel', [BRACKETED]) }).click();
  await expect(options.locator(`[data-alias="${BRACKETED}"]`)).toHaveCount(0);
  await expect(rows).toHaveCount(1);
  await expect.poll(async () => (await badge(worker)).text).toBe('1');
  await popup.screenshot({ path: 'test-results/departments-popup.png' });
});

const readAliases = async (page: Page) =>
  (await readStore<{ alias: string; canonical: string }>(page, 'aliases')).map(({ alias, canonical }) => ({
    alias,
    canonical,
  }));
