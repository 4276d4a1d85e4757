import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { EditConflict, updateTask, type TaskEdit } from '../../lib/db/ledger-edits';
import { filledDb } from '../reliability/inject';
import { failureText } from '../helpers/fake-i18n';

let db: ReformDb | undefined;
afterEach(async () => db?.delete());

const formOf = async (d: ReformDb, id: string): Promise<TaskEdit> => {
  const t = (await d.tasks.get(id))!;
  return {
    seq: t.seq,
    group: t.group,
    title: t.title,
    lead: t.lead,
    partners: t.partners,
    deadlineText: t.deadlineText,
    dueOverride: t.dueOverride,
  };
};

describe('two pages editing the same task keep both changes', () => {
  it('each page writes only the field it changed', async () => {
    db = await filledDb('merged-edits');
    const base = await formOf(db, 'sample-2020#1');
    // Page A (options) and page B (a second tab) opened the same task; B saves first.
    await updateTask(db, 'sample-2020#1', { ...base, deadlineText: '2021年6月底前', base });
    await updateTask(db, 'sample-2020#1', { ...base, title: '任务一（改）', base });
    const task = (await db.tasks.get('sample-2020#1'))!;
    expect(task.title).toBe('任务一（改）');
    expect(task.deadlineText).toBe('2021年6月底前');
    expect(task.due).toBe('2021-06-30');
  });

  it('the same field changed on both pages is a conflict with both values, never a silent overwrite', async () => {
    db = await filledDb('merged-conflict');
    const base = await formOf(db, 'sample-2020#1');
    await updateTask(db, 'sample-2020#1', { ...base, title: '另一个页面的名称', base });
    const error = await updateTask(db, 'sample-2020#1', { ...base, title: '我的名称', base }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditConflict);
    expect((error as EditConflict).fields).toEqual([{ field: 'title', theirs: '另一个页面的名称', mine: '我的名称' }]);
    expect(await failureText(Promise.reject(error))).toMatch(/另一个页面.*任务内容/);
    expect((await db.tasks.get('sample-2020#1'))!.title).toBe('另一个页面的名称');
    // The user chose theirs-or-mine: saving again against the value now shown keeps the choice.
    await updateTask(db, 'sample-2020#1', { ...base, title: '我的名称', base: { ...base, title: '另一个页面的名称' } });
    expect((await db.tasks.get('sample-2020#1'))!.title).toBe('我的名称');
  });
});
