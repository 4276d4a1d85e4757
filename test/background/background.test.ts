import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settings } from '../../lib/db/setting-keys';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReformDb } from '../../lib/db/database';
import { setDone } from '../../lib/db/task-actions';
import { mergeDepartments } from '../../lib/db/aliases';
import { BADGE_AMBER, BADGE_RED } from '../../lib/checklist/badge';
import { refreshBadge } from '../../lib/background/badge';
import { DAILY_ALARM, REMINDER_ALARM, ensureDailyAlarm, ensureReminderAlarm } from '../../lib/background/alarms';
import { REMINDER_NOTIFICATION_ID, showReminder } from '../../lib/background/reminder';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { useZhMessages } from '../helpers/fake-i18n';

let db: ReformDb;
const TODAY = '2024-12-28';
const hex = (rgba: number[]) =>
  '#' +
  rgba
    .slice(0, 3)
    .map((n) => n.toString(16).padStart(2, '0').toUpperCase())
    .join('');
const badge = async () => ({
  text: await fakeBrowser.action.getBadgeText({}),
  color: hex((await fakeBrowser.action.getBadgeBackgroundColor({})) as number[]),
});

beforeEach(() => {
  fakeBrowser.reset();
  useZhMessages();
});
afterEach(() => db?.delete());

describe('toolbar badge', () => {
  it('counts overdue plus due within N days, red when anything is overdue', async () => {
    const late = makeTask({ due: '2024-12-27' });
    db = await dbWith([
      late,
      makeTask({ due: '2025-01-04' }), // day 7: counts
      makeTask({ due: '2025-01-05' }), // day 8: does not
      makeTask({ due: '' }),
      makeTask({ due: '', deadlineKind: 'recurring', deadlineText: '每月10日前' }), // next: 2025-01-10
      makeTask({ due: '2024-12-01', done: 1, doneAt: '2024-12-02' }),
    ]);
    await refreshBadge(db, TODAY);
    expect(await badge()).toEqual({ text: '2', color: BADGE_RED });

    await setDone(db, [late.id], true, TODAY);
    await refreshBadge(db, TODAY);
    expect(await badge()).toEqual({ text: '1', color: BADGE_AMBER });

    await settings.badgeDays.setValue(db, 14);
    await refreshBadge(db, TODAY);
    expect((await badge()).text).toBe('3');
  });

  it('counts this year only: earlier years\' open tasks are history, with or without "my departments"', async () => {
    db = await dbWith([
      makeTask({ due: '2024-12-27' }),
      makeTask({ due: '2023-12-31' }),
      makeTask({ due: '2016-06-30', lead: ['医保局'] }),
    ]);
    await refreshBadge(db, TODAY);
    expect(await badge()).toEqual({ text: '1', color: BADGE_RED });
    await settings.filters.setValue(db, { departments: ['医保局'], ledgerId: null, search: '' });
    await refreshBadge(db, TODAY);
    expect((await badge()).text).toBe('');
  });

  it('is empty when nothing is due, and follows "my departments"', async () => {
    db = await dbWith([makeTask({ due: '2024-12-01', lead: ['医保局'] }), makeTask({ due: '2025-06-01' })]);
    await refreshBadge(db, TODAY);
    expect((await badge()).text).toBe('1');
    await settings.filters.setValue(db, { departments: ['卫健局'], ledgerId: null, search: '' });
    await refreshBadge(db, TODAY);
    expect((await badge()).text).toBe('');
  });

  it('counts the tasks my unit leads and partners in, under any merged name, and only led ones when partners are hidden', async () => {
    db = await dbWith([
      makeTask({ due: '2024-12-20', lead: ['市财政局'] }),
      makeTask({ due: '2024-12-30', lead: ['卫健局'], partners: ['财政局'] }),
      makeTask({ due: '2024-12-31', lead: ['市财政局（国资委）'] }),
      makeTask({ due: '2024-12-30', lead: ['卫健局'], partners: ['医保局'] }),
      makeTask({
        due: '',
        deadlineKind: 'recurring',
        deadlineText: '每月31日前',
        lead: ['卫健局'],
        partners: ['财政局'],
      }),
    ]);
    const mine = (hidePartners: boolean) =>
      settings.filters.setValue(db, {
        departments: ['市财政局'],
        ledgerId: null,
        search: '',
        hidePartners,
      });
    await mine(false);
    await refreshBadge(db, TODAY);
    expect(await badge()).toEqual({ text: '1', color: BADGE_RED });
    await mergeDepartments(db, ['财政局', '市财政局（国资委）'], '市财政局');
    await refreshBadge(db, TODAY);
    // 1 overdue lead + 1 partner + 1 bracketed lead + the recurring partner task (next: 2024-12-31).
    expect(await badge()).toEqual({ text: '4', color: BADGE_RED });
    await mine(true);
    await refreshBadge(db, TODAY);
    expect(await badge()).toEqual({ text: '2', color: BADGE_RED });
  });
});

describe('alarms', () => {
  it('creates the daily refresh once and does not push it back on the next worker start', async () => {
    await ensureDailyAlarm(new Date(2024, 11, 28, 10, 0));
    const first = await fakeBrowser.alarms.get(DAILY_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    expect(new Date(first!.scheduledTime)).toEqual(new Date(2024, 11, 29, 0, 1));
    await ensureDailyAlarm(new Date(2024, 11, 28, 15, 0));
    expect((await fakeBrowser.alarms.get(DAILY_ALARM))?.scheduledTime).toBe(first!.scheduledTime);
  });

  it('schedules the reminder at the set time (09:00 by default), moves it and removes it when turned off', async () => {
    db = await dbWith([]);
    await ensureReminderAlarm(db, new Date(2024, 11, 28, 10, 0));
    expect(new Date((await fakeBrowser.alarms.get(REMINDER_ALARM))!.scheduledTime)).toEqual(
      new Date(2024, 11, 29, 9, 0),
    );

    await settings.reminder.setValue(db, { enabled: true, time: '17:30' });
    await ensureReminderAlarm(db, new Date(2024, 11, 28, 10, 0));
    expect(new Date((await fakeBrowser.alarms.get(REMINDER_ALARM))!.scheduledTime)).toEqual(
      new Date(2024, 11, 28, 17, 30),
    );

    await settings.reminder.setValue(db, { enabled: false, time: '17:30' });
    await ensureReminderAlarm(db, new Date(2024, 11, 28, 10, 0));
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });
});

const message = async () =>
  ((await fakeBrowser.notifications.getAll()) as Record<string, { title: string; message: string }>)[
    REMINDER_NOTIFICATION_ID
  ];

describe('daily reminder', () => {
  it('names what is due soon with an icon, soonest first', async () => {
    db = await dbWith([
      makeTask({ title: '年底前上报方案', due: '2024-12-31' }),
      makeTask({ title: '已经逾期的任务', due: '2024-12-20' }),
      makeTask({ title: '很久以后', due: '2025-06-30' }),
    ]);
    expect(await showReminder(db, TODAY)).toBe(true);
    const shown = (await fakeBrowser.notifications.getAll()) as Record<
      string,
      { title: string; message: string; iconUrl: string }
    >;
    const n = shown[REMINDER_NOTIFICATION_ID];
    expect(n.iconUrl).toMatch(/^chrome-extension:\/\/.+\/icons\/128\.png$/);
    expect(n.title).toBe('医改台账：逾期 1 项，7 天内到期 1 项');
    expect(n.message).toBe('· 年底前上报方案（还剩 3 天）\n· 已经逾期的任务（逾期 8 天）');
  });

  it('stays silent when nothing is due', async () => {
    db = await dbWith([
      makeTask({ due: '2025-06-30' }),
      makeTask({ due: '2024-12-01', done: 1, doneAt: '2024-12-01' }),
    ]);
    expect(await showReminder(db, TODAY)).toBe(false);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('follows my departments with their aliases, and leaves out partner tasks when they are hidden', async () => {
    db = await dbWith([
      makeTask({ title: '我们牵头', due: '2024-12-31', lead: ['县医保局'] }),
      makeTask({ title: '我们配合', due: '2024-12-30', lead: ['卫健局'], partners: ['医保局'] }),
      makeTask({ title: '与我们无关', due: '2024-12-29', lead: ['卫健局'] }),
    ]);
    await mergeDepartments(db, ['医保局'], '县医保局');
    const mine = (hidePartners: boolean) =>
      settings.filters.setValue(db, {
        departments: ['县医保局'],
        ledgerId: null,
        search: '',
        hidePartners,
      });
    await mine(false);
    expect(await showReminder(db, TODAY)).toBe(true);
    expect(await message()).toEqual(
      expect.objectContaining({
        title: '医改台账：逾期 0 项，7 天内到期 2 项',
        message: '· 我们配合（还剩 2 天）\n· 我们牵头（还剩 3 天）',
      }),
    );
    await fakeBrowser.notifications.clear(REMINDER_NOTIFICATION_ID);
    await mine(true);
    expect(await showReminder(db, TODAY)).toBe(true);
    expect(await message()).toEqual(
      expect.objectContaining({ title: '医改台账：逾期 0 项，7 天内到期 1 项', message: '· 我们牵头（还剩 3 天）' }),
    );
  });
});
