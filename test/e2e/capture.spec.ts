import { AxeBuilder } from '@axe-core/playwright';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page, Worker } from '@playwright/test';
import { test, expect, msg, readStore, watchConsole } from './fixtures';

// A notice as a county portal shows it: a sentence with a deadline and the receiving office, and a table.
const NOTICE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于报送2030年医改重点工作进展情况的通知</title></head>
<body><h1>关于报送2030年医改重点工作进展情况的通知</h1>
<p id="ask">请市卫健委牵头、市医保局配合，于2030年12月10日前将2030年医改重点工作进展情况报送至县医改办。</p>
<table id="tasks"><tr><td>序号</td><td>任务</td><td>牵头部门</td></tr><tr><td>1</td><td id="last">推进家庭医生签约</td><td>市卫健委</td></tr></table>
</body></html>`;

let server: Server;
let origin = '';
test.beforeAll(async () => {
  server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(NOTICE);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Selects the contents of one element the way a user's drag would, and returns what Chrome hands the menu. */
async function select(page: Page, fromId: string, toId = fromId): Promise<string> {
  return page.evaluate(
    ([from, to]) => {
      const range = document.createRange();
      range.setStart(document.getElementById(from)!, 0);
      const end = document.getElementById(to)!;
      range.setEnd(end, end.childNodes.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    },
    [fromId, toId] as const,
  );
}

/**
 * The tab as chrome.contextMenus.onClicked passes it: the page in front. Without the "tabs" permission the
 * worker cannot read a tab's title and URL itself (the menu click is what hands them over), so they come from the page.
 */
async function tabOf(worker: Worker, page: Page) {
  await page.bringToFront();
  const { id, windowId, index } = await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return { id: tab.id, windowId: tab.windowId, index: tab.index };
  });
  return { id, windowId, index, title: await page.title(), url: page.url() };
}

type Handlers = {
  onCaptureMenuClick: (info: unknown, tab: unknown) => Promise<void>;
  onCaptureCommand: (command: string, tab: unknown) => Promise<void>;
};
const clickMenu = (worker: Worker, info: Record<string, unknown>, tab: unknown) =>
  worker.evaluate(
    ([i, t]) =>
      (globalThis as unknown as { reformLedgerCapture: Handlers }).reformLedgerCapture.onCaptureMenuClick(i, t),
    [info, tab] as const,
  );

test('a selected sentence becomes a pre-filled task; confirming adds it with its source to this year’s 临时任务 ledger', async ({
  context,
  worker,
  openPage,
}) => {
  const notice = await context.newPage();
  await notice.goto(`${origin}/notice.html`);
  const selectionText = await select(notice, 'ask');
  const tab = await tabOf(worker, notice);

  // Called from the test there is no user gesture, so sidePanel.open is refused: the form opens in a popup window.
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('sidepanel.html#capture'));
  await clickMenu(
    worker,
    { menuItemId: 'capture-task', selectionText, frameId: 0, editable: false, pageUrl: tab.url },
    tab,
  );
  const form = await opened;
  const errors = watchConsole(form);
  const region = form.getByRole('form', { name: await msg(form, 'capFormLabel') });
  await expect(region).toBeVisible();

  // Pre-filled from the sentence; nothing saved yet.
  const field = (key: string) => region.getByLabel(new RegExp(`^${key}`));
  await expect(field('任务内容')).toHaveValue(selectionText.trim());
  await expect(field('完成时限')).toHaveValue('2030年12月10日前');
  await expect(field('截止日期')).toHaveValue('2030-12-10');
  await expect(field('牵头部门')).toHaveValue('市卫健委');
  await expect(field('配合部门')).toHaveValue('市医保局');
  await expect(region).toContainText('关于报送2030年医改重点工作进展情况的通知');
  const year = new Date().getFullYear();
  await expect(region.getByLabel(await msg(form, 'capFieldLedger'))).toHaveValue('');
  await expect(region.locator('select option').first()).toHaveText(`${year}年临时任务（新建）`);
  const panel = await openPage('sidepanel.html');
  const before = (await readStore<{ id: string }>(panel, 'tasks')).length;

  await field('任务内容').fill('报送2030年医改重点工作进展情况');
  await form.screenshot({ path: 'test-results/e2e-output/capture-form.png' });
  const closed = form.waitForEvent('close');
  await region.getByRole('button', { name: await msg(form, 'capConfirm') }).click();
  await closed;
  expect(errors).toEqual([]);

  type Task = {
    ledgerId: string;
    title: string;
    due: string;
    deadlineText: string;
    lead: string[];
    partners: string[];
    source: unknown;
    notes: Array<{ text: string }>;
  };
  const tasks = await readStore<Task>(panel, 'tasks');
  expect(tasks.length).toBe(before + 1);
  const ledger = (await readStore<{ id: string; title: string }>(panel, 'ledgers')).find(
    (l) => l.title === `${year}年临时任务`,
  );
  expect(ledger).toBeDefined();
  const task = tasks.find((t) => t.ledgerId === ledger!.id)!;
  expect(task).toMatchObject({
    title: '报送2030年医改重点工作进展情况',
    due: '2030-12-10',
    deadlineText: '2030年12月10日前',
    lead: ['市卫健委'],
    partners: ['市医保局'],
    source: { title: '关于报送2030年医改重点工作进展情况的通知', url: `${origin}/notice.html` },
  });
  expect(task.notes[0].text).toBe(selectionText.trim());
  const settings = await readStore<{ key: string }>(panel, 'settings');
  expect(settings.map((s) => s.key)).not.toContain('capture.pending');

  // It is in the checklist at once.
  await panel.reload();
  await expect(panel.locator('[data-task-id]', { hasText: '报送2030年医改重点工作进展情况' })).toBeVisible();
});

test('the side panel shows a waiting capture, and 不加入 drops it without writing a task', async ({
  context,
  worker,
  openPage,
}) => {
  const notice = await context.newPage();
  await notice.goto(`${origin}/notice.html`);
  const selectionText = await select(notice, 'ask');
  const tab = await tabOf(worker, notice);
  const panel = await openPage('sidepanel.html');
  const before = (await readStore<{ id: string }>(panel, 'tasks')).length;
  const popup = context.waitForEvent('page', (p) => p.url().endsWith('sidepanel.html#capture'));
  await clickMenu(worker, { menuItemId: 'capture-task', selectionText, frameId: 0 }, tab);
  await (await popup).close();

  // The capture waits in the database, so the open side panel shows the same form.
  const region = panel.getByRole('form', { name: await msg(panel, 'capFormLabel') });
  await expect(region).toBeVisible();
  await panel.setViewportSize({ width: 320, height: 700 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await panel.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page: panel }).include('form.cap').analyze();
    expect(
      violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      colorScheme,
    ).toEqual([]);
  }
  await panel.screenshot({ path: 'test-results/e2e-output/capture-sidepanel.png' });

  // What was typed survives closing the panel before confirming.
  await region.getByLabel(/^任务内容/).fill('先核对再报送');
  await expect.poll(async () => JSON.stringify(await readStore(panel, 'settings'))).toContain('先核对再报送');
  await panel.reload();
  await expect(region.getByLabel(/^任务内容/)).toHaveValue('先核对再报送');
  await region.getByRole('button', { name: await msg(panel, 'capDiscard') }).click();
  await expect(region).toBeHidden();
  expect((await readStore<{ id: string }>(panel, 'tasks')).length).toBe(before);
});

test('导入页面上的表格 cannot read the page without the user’s click: with no activeTab grant the text is offered as a task', async ({
  context,
  worker,
}) => {
  const notice = await context.newPage();
  await notice.goto(`${origin}/notice.html`);
  const selectionText = await select(notice, 'tasks', 'last');
  const tab = await tabOf(worker, notice);
  const popup = context.waitForEvent('page', (p) => p.url().endsWith('sidepanel.html#capture'));
  await clickMenu(worker, { menuItemId: 'capture-table', selectionText, frameId: 0 }, tab);
  const form = await popup;
  await expect(form.getByText(await msg(form, 'capTableNotFound'))).toBeVisible();
  const settings = await readStore<{ key: string; value: unknown }>(form, 'settings');
  expect(settings.map((s) => s.key)).not.toContain('capture.pendingTable');
});

test('the capture command opens the form; without the key press’s activeTab grant it reads nothing from the page', async ({
  context,
  worker,
}) => {
  const notice = await context.newPage();
  await notice.goto(`${origin}/notice.html`);
  await select(notice, 'ask');
  const tab = await tabOf(worker, notice);
  const popup = context.waitForEvent('page', (p) => p.url().endsWith('sidepanel.html#capture'));
  await worker.evaluate(
    ([t]) =>
      (globalThis as unknown as { reformLedgerCapture: Handlers }).reformLedgerCapture.onCaptureCommand(
        'capture-selection',
        t,
      ),
    [tab] as const,
  );
  const form = await popup;
  await expect(form.getByText(await msg(form, 'capEmptySelection'))).toBeVisible();
  const pending = (await readStore<{ key: string; value: { selection: string; url: string } }>(form, 'settings')).find(
    (s) => s.key === 'capture.pending',
  );
  expect(pending?.value).toMatchObject({ selection: '', url: `${origin}/notice.html` });
});

test('加入台账 on a selected table sends it to the import preview (clipboard HTML path), not to a single task', async ({
  context,
  worker,
}) => {
  const notice = await context.newPage();
  await notice.goto(`${origin}/notice.html`);
  const selectionText = await select(notice, 'tasks', 'last');
  const tab = await tabOf(worker, notice);
  const options = context.waitForEvent('page', (p) => p.url().endsWith('options.html#ledgers'));
  await clickMenu(worker, { menuItemId: 'capture-task', selectionText, frameId: 0 }, tab);
  const page = await options;
  const preview = page.locator('.lg-preview tbody tr');
  await expect(preview.first()).toBeVisible();
  await expect(page.locator('.lg-preview')).toContainText('推进家庭医生签约');
  const settings = await readStore<{ key: string }>(page, 'settings');
  expect(settings.map((s) => s.key)).not.toContain('capture.pending');
  expect(context.pages().some((p) => p.url().endsWith('sidepanel.html#capture'))).toBe(false);
});

test('the side panel does not load the capture form while no capture waits', async ({ openPage }) => {
  const panel = await openPage('sidepanel.html');
  await expect(panel.locator('.cl-sections')).toHaveAttribute('data-view', 'live');
  await panel.waitForTimeout(500);
  const loaded = await panel.evaluate(async () => {
    const urls = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js'));
    const texts = await Promise.all(urls.map(async (u) => (await fetch(u)).text()));
    return texts.some((t) => t.includes('capFormLabel'));
  });
  expect(loaded).toBe(false);
});
