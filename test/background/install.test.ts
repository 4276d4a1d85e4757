import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDb } from '../../lib/db/database';
import { onInstalled } from '../../lib/background/install';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { useZhMessages } from '../helpers/fake-i18n';
import { addDays, localDay } from '../../lib/model/calendar';
import { makeTask } from '../checklist/task-fixture';

let db = openDb(`install-${crypto.randomUUID()}`);

beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
  db = openDb(`install-${crypto.randomUUID()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

describe('background install handler', () => {
  it('on first install loads every bundled ledger, counts the badge and opens the welcome guide', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await db.tasks.add(makeTask({ due: addDays(localDay(), -1) }));
    await onInstalled(db, 'install');
    const seeds = bundledLedgers();
    expect(await db.ledgers.count()).toBe(seeds.length);
    expect(await db.tasks.count()).toBe(1 + seeds.reduce((n, s) => n + s.tasks.length, 0));
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0][0].url).toMatch(/\/options\.html#welcome$/);
    // Bundled ledgers arrive archived (past documents): the badge counts only the user's task due yesterday.
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('on an update reseeds without duplicating a task and opens no tab', async () => {
    await onInstalled(db, 'install');
    const before = await db.tasks.count();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    create.mockClear();
    await onInstalled(db, 'update');
    expect(await db.tasks.count()).toBe(before);
    expect(create).not.toHaveBeenCalled();
  });
});
