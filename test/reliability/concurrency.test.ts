import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { updateTask, type TaskEdit } from '../../lib/db/ledger-edits';
import { taskRecord, type TaskRecord } from '../../lib/model/records';
import { addNote, setDone } from '../../lib/db/task-actions';
import { NOW, fillDb } from '../backup/fixture';

/** Two pages (popup and options) are two Dexie connections to the same database. */
let pages: ReformDb[] = [];
let n = 0;
async function twoPages(): Promise<[ReformDb, ReformDb]> {
  const name = `concurrency-${++n}`;
  const popup = openDb(name);
  await fillDb(popup);
  const options = openDb(name);
  pages = [popup, options];
  return [popup, options];
}
afterEach(async () => {
  pages[0]?.close();
  await pages[1]?.delete();
});

const ID = 'sample-2020#1';
const editOf = (task: TaskRecord, changes: Partial<TaskEdit> = {}): TaskEdit => ({
  seq: task.seq,
  group: task.group,
  title: task.title,
  lead: task.lead,
  partners: task.partners,
  deadlineText: task.deadlineText,
  dueOverride: task.dueOverride,
  ...changes,
});

describe('two pages editing the same task', () => {
  it('a note added in one and a check-off in the other both stay', async () => {
    const [popup, options] = await twoPages();
    await Promise.all([addNote(popup, ID, '已召开推进会', NOW), setDone(options, [ID], true, '2024-05-06', NOW + 1)]);
    const task = taskRecord.parse(await popup.tasks.get(ID));
    expect(task.notes.map((x) => x.text)).toEqual(['已召开推进会']);
    expect(task.done).toBe(1);
    expect(task.history.map((h) => h.action)).toEqual(['done:2024-05-06']);
  });

  it('forty notes added at once from both pages are all kept, none twice', async () => {
    const [popup, options] = await twoPages();
    const writes = Array.from({ length: 40 }, (_, i) => addNote(i % 2 ? popup : options, ID, `进展 ${i}`, NOW + i));
    await Promise.all(writes);
    const task = taskRecord.parse(await options.tasks.get(ID));
    expect(task.notes.map((x) => x.text).sort()).toEqual(Array.from({ length: 40 }, (_, i) => `进展 ${i}`).sort());
  });

  it('saving the task form opened before a note was added in the popup keeps that note', async () => {
    const [popup, options] = await twoPages();
    await addNote(popup, ID, '旧备注', NOW);
    const formCopy = (await options.tasks.get(ID))!;
    await addNote(popup, ID, '弹窗里刚写的备注', NOW + 1);
    const formNotes = [...formCopy.notes, { at: NOW + 2, text: '表单里写的备注' }];
    await updateTask(
      options,
      ID,
      editOf(formCopy, { title: '任务一（改）', notes: formNotes, notesBase: formCopy.notes }),
      NOW + 2,
    );
    const task = taskRecord.parse(await popup.tasks.get(ID));
    expect(task.title).toBe('任务一（改）');
    expect(task.notes.map((x) => x.text)).toEqual(['旧备注', '弹窗里刚写的备注', '表单里写的备注']);
  });

  it('a note removed in the form is removed, while the one added meanwhile in the popup stays', async () => {
    const [popup, options] = await twoPages();
    await addNote(popup, ID, '写错的备注', NOW);
    const formCopy = (await options.tasks.get(ID))!;
    await addNote(popup, ID, '弹窗里刚写的备注', NOW + 1);
    await updateTask(options, ID, editOf(formCopy, { notes: [], notesBase: formCopy.notes }), NOW + 2);
    expect((await popup.tasks.get(ID))!.notes.map((x) => x.text)).toEqual(['弹窗里刚写的备注']);
  });

  it('a check-off made in the popup while the form was open survives saving the form', async () => {
    const [popup, options] = await twoPages();
    const formCopy = (await options.tasks.get(ID))!;
    await setDone(popup, [ID], true, '2024-05-06', NOW);
    await updateTask(
      options,
      ID,
      editOf(formCopy, { title: '任务一（改）', notes: formCopy.notes, notesBase: formCopy.notes }),
      NOW + 1,
    );
    expect(await popup.tasks.get(ID)).toMatchObject({ title: '任务一（改）', done: 1, doneAt: '2024-05-06' });
  });
});
