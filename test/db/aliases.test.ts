import { afterEach, describe, expect, it } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { listAliases, mergeDepartments, splitDepartment } from '../../lib/db/aliases';
import { readFilters } from '../../lib/db/checklist-queries';
import { settings } from '../../lib/db/setting-keys';
import { DEFAULT_FILTERS } from '../../lib/checklist/settings';
import { dbWith, makeTask } from '../checklist/task-fixture';
import { failureText } from '../helpers/fake-i18n';

let db: ReformDb;
afterEach(() => db?.delete());
const pairs = async () => (await listAliases(db)).map((a) => `${a.alias}→${a.canonical}`).sort();

describe('merging and splitting department names', () => {
  it('keeps the table flat: a unit merged again takes its aliases along, and the new name is no alias', async () => {
    db = await dbWith([makeTask()]);
    await mergeDepartments(db, ['财政局', '市财政局（国资委）'], '市财政局', 5);
    expect(await pairs()).toEqual(['市财政局（国资委）→市财政局', '财政局→市财政局'].sort());
    await mergeDepartments(db, ['市财政局'], '市财政局（国资委）', 6);
    expect(await pairs()).toEqual(['市财政局→市财政局（国资委）', '财政局→市财政局（国资委）'].sort());
    await splitDepartment(db, '财政局');
    expect(await pairs()).toEqual(['市财政局→市财政局（国资委）']);
  });

  it('rewrites "my departments" to the merged unit so the picker shows it ticked', async () => {
    db = await dbWith([makeTask()]);
    await settings.filters.setValue(db, { ...DEFAULT_FILTERS, departments: ['财政局', '医保局'] });
    await mergeDepartments(db, ['财政局'], '市财政局');
    expect((await readFilters(db)).departments).toEqual(['市财政局', '医保局']);
  });

  it('writes nothing when a name is too long or nothing is to merge', async () => {
    db = await dbWith([makeTask()]);
    await expect(mergeDepartments(db, ['财政局', '局'.repeat(500)], '市财政局')).rejects.toThrow();
    expect(await failureText(mergeDepartments(db, ['市财政局'], '市财政局'))).toBe('请至少选择一个要合并的名称');
    expect(await failureText(mergeDepartments(db, ['财政局'], '  '))).toBe('请填写合并后的部门名称');
    expect(await pairs()).toEqual([]);
  });
});
