// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../../lib/db/database';
import { takeEarlyRows } from '../../../lib/ui/checklist/early-rows';
import { startEarlyRows } from '../../../lib/ui/checklist/start-early-rows';
import { checklistData } from '../../../lib/ui/checklist/actions';
import { Checklist } from '../../../lib/ui/checklist/Checklist';
import { BackupReminder } from '../../../lib/ui/reliability/BackupReminder';
import { NATIVE_SETTINGS } from '../../../lib/db/setting-native';
import { addDays, localDay } from '../../../lib/model/calendar';
import { makeLedger, makeTask } from '../../checklist/task-fixture';
import { useZhMessages } from '../../helpers/fake-i18n';

/**
 * The popup's first render shows the rows its classic script read (lib/ui/checklist/early-rows.ts) as live rows,
 * without waiting for Dexie's query, and the backup banner as the settings read say.
 */
let db: ReformDb | undefined;
let root: HTMLElement | undefined;
beforeAll(useZhMessages);
afterEach(async () => {
  if (root) render(null, root);
  root = undefined;
  await db?.delete();
});

const rowTitles = (el: Element) => [...el.querySelectorAll('[data-view="live"] .cl-title')].map((n) => n.textContent);

describe('the first render of the popup', () => {
  it('shows the early rows as live rows before the live query has answered', async () => {
    const today = localDay();
    db = openDb();
    await db.ledgers.add(makeLedger('ledger-a', '甲县医改台账'));
    await db.tasks.bulkAdd([
      makeTask({ title: '本周报送', due: addDays(today, 2) }),
      makeTask({ title: '月内完成', due: addDays(today, 20) }),
    ]);
    startEarlyRows(today);
    const early = takeEarlyRows();
    await early.read;
    // Taken once: a later render reads for itself.
    expect(takeEarlyRows().settled).toBeNull();
    // The page mounts once its database module has loaded (lib/ui/checklist/start-page.ts).
    await checklistData();
    root = document.createElement('div');
    // Synchronous: nothing asynchronous (no Dexie query) can have answered inside it.
    act(() => render(<Checklist early={early} />, root!));
    expect(rowTitles(root)).toEqual(['本周报送', '月内完成']);
  });

  it('renders a screenful of rows first, and the rest of each section right after that frame', async () => {
    const today = localDay();
    db = openDb();
    await db.tasks.bulkAdd(
      Array.from({ length: 40 }, (_, i) => makeTask({ title: `任务${i}`, due: addDays(today, i < 20 ? 1 : 20) })),
    );
    startEarlyRows(today);
    const early = takeEarlyRows();
    await early.read;
    await checklistData();
    root = document.createElement('div');
    // Not inside act: this is the frame before any effect has run.
    render(<Checklist early={early} />, root);
    const screenful = Math.ceil(innerHeight / 48);
    expect(screenful).toBeLessThan(30);
    expect(rowTitles(root)).toHaveLength(screenful);
    // In page order: this week's first fifteen, then this month's.
    const firstRows = [...Array.from({ length: 15 }, (_, i) => i), ...Array.from({ length: 15 }, (_, i) => 20 + i)];
    expect(rowTitles(root)).toEqual(firstRows.slice(0, screenful).map((i) => `任务${i}`));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    // 15 of this week's 20 and 15 of this month's 20: the first rows the query asked for, all rendered.
    expect(rowTitles(root)).toHaveLength(30);
  });

  it('without an early read, waits for the live query', async () => {
    db = openDb();
    await db.tasks.add(makeTask({ title: '本周报送', due: addDays(localDay(), 2) }));
    await checklistData();
    root = document.createElement('div');
    act(() => render(<Checklist />, root!));
    expect(rowTitles(root)).toEqual([]);
  });

  it('shows the backup banner from the settings read early', () => {
    root = document.createElement('div');
    const longAgo = Date.now() - 90 * 86_400_000;
    const stored = {
      [NATIVE_SETTINGS.lastBackupAt.key]: longAgo,
      [NATIVE_SETTINGS.backupReminderSince.key]: longAgo,
    };
    act(() => render(<BackupReminder variant="popup" stored={stored} />, root!));
    expect(root.querySelector('.rel-reminder')?.textContent).toContain('90');
    const recent = { [NATIVE_SETTINGS.lastBackupAt.key]: Date.now() - 86_400_000 };
    act(() => render(<BackupReminder variant="popup" stored={recent} key="recent" />, root!));
    expect(root.querySelector('.rel-reminder')).toBeNull();
  });
});
