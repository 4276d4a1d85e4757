import { readFileSync } from 'node:fs';
import { settingsTable } from '../../lib/db/setting';
import { Dexie, type Table } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReformDb } from '../../lib/db/database';
import { isQuotaError } from '../../lib/db/storage-error';
import { errorText as storageErrorText } from '../../lib/ui/error-text';
import { AppError, issueMessage } from '../../lib/model/app-error';
import zhErrors from '../../lib/i18n/zh_CN/errors.json';
import { useMessages, useZhMessages } from '../helpers/fake-i18n';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { commitImport } from '../../lib/db/ledger-import';
import { addNote, setDone } from '../../lib/db/task-actions';
import { saveMonthFigures } from '../../lib/db/figures';
import { saveTargets } from '../../lib/db/custom-indicators';
import { createUnit } from '../../lib/db/units';
import { updateTask } from '../../lib/db/ledger-edits';
import { readBackup } from '../../lib/backup/validate';
import { serializeBackup } from '../../lib/backup/format';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { detectColumns, splitTableText } from '../../lib/ledger/table-import';
import { settings } from '../../lib/db/setting-keys';
import { NOW } from '../backup/fixture';
import { failMidway, filledDb } from '../reliability/inject';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** The wrappings a full disk reaches the page in: as is, inside Dexie's BulkError and AbortError. */
const WRAPPED = [
  { name: 'QuotaExceededError', make: quota },
  {
    name: 'Dexie BulkError',
    make: () => new Dexie.BulkError('tasks.bulkAdd(): 1 of 2 operations failed', { 1: quota() }),
  },
  { name: 'Dexie AbortError', make: () => new Dexie.AbortError('Transaction aborted', quota()) },
  {
    name: 'AbortError around BulkError',
    make: () => new Dexie.AbortError('Transaction aborted', new Dexie.BulkError('x', { 0: quota() })),
  },
];

const QUOTA_MESSAGE = zhErrors.errStorageQuota;
const STORAGE_MESSAGE = zhErrors.errStorageWrite;

let db: ReformDb | undefined;
beforeEach(useZhMessages);
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});

const rows = splitTableText(readFileSync('test/ledger/fixtures/guyuan-word.txt', 'utf8'));

/** Each write a page makes, with the table method that writes it. */
const WRITES: Array<{
  page: string;
  table: (db: ReformDb) => Table;
  method: 'add' | 'put' | 'bulkAdd' | 'bulkPut';
  run: (db: ReformDb) => Promise<unknown>;
}> = [
  {
    page: 'restore',
    table: (d) => d.tasks,
    method: 'bulkPut',
    run: async (d) => {
      const read = readBackup(serializeBackup(await exportBackup(d, NOW)), CURRENT_SCHEMA_VERSION);
      if (!read.ok) throw new Error(read.error);
      vi.restoreAllMocks();
      // Restore writes only what differs from the database: change a task so the file's copy must be written.
      await d.tasks.update('sample-2020#1', { title: '恢复前改过' });
      failMidway(d.tasks, 'bulkPut', quota);
      return restoreBackup(d, read.backup);
    },
  },
  {
    page: 'import',
    table: (d) => d.tasks,
    method: 'bulkAdd',
    run: (d) =>
      commitImport(
        d,
        { rows, mapping: detectColumns(rows)!, target: { kind: 'existing', ledgerId: 'sample-2020' } },
        NOW,
      ),
  },
  { page: 'notes', table: (d) => d.tasks, method: 'put', run: (d) => addNote(d, 'sample-2020#1', '已完成', NOW) },
  {
    page: 'check-off',
    table: (d) => d.tasks,
    method: 'bulkPut',
    run: (d) => setDone(d, ['sample-2020#1'], true, '2024-05-06', NOW),
  },
  {
    page: 'task form',
    table: (d) => d.tasks,
    method: 'put',
    run: (d) =>
      updateTask(
        d,
        'sample-2020#1',
        { seq: '1', group: null, title: '改过', lead: ['卫健局'], partners: [], deadlineText: '年底前' },
        NOW,
      ),
  },
  {
    page: 'figures',
    table: (d) => d.figures,
    method: 'put',
    run: (d) => saveMonthFigures(d, 'county', '2024-04', { signed: 1 }, NOW),
  },
  {
    page: 'units',
    table: (d) => d.units,
    method: 'add',
    run: (d) => createUnit(d, { name: '某乡卫生院', parentId: 'county' }, NOW),
  },
  {
    page: 'targets',
    table: (d) => d.indicators,
    method: 'put',
    run: (d) => saveTargets(d, 'signing-coverage', [{ op: '>=', value: 60, by: null, source: null, clause: '' }], NOW),
  },
  {
    page: 'settings',
    table: (d) => settingsTable(d),
    method: 'put',
    run: (d) => settings.badgeDays.setValue(d, 14),
  },
];

describe('a full disk at each write says 磁盘空间不足 and what to do, with no English', () => {
  it.each(WRITES)('$page', async ({ table, method, run }) => {
    db = await filledDb('quota');
    failMidway(table(db), method, quota);
    const error = await run(db).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    const text = storageErrorText(error);
    expect(text).toBe(QUOTA_MESSAGE);
    expect(text).toMatch(/磁盘空间不足.*清理/);
    expect(text).not.toMatch(/[A-Za-z]{3,}/);
  });

  it.each(WRAPPED)('recognised inside $name', ({ make }) => {
    expect(isQuotaError(make())).toBe(true);
    expect(storageErrorText(make())).toBe(QUOTA_MESSAGE);
  });
});

describe('other storage errors never show IndexedDB or Dexie English', () => {
  it.each([
    new Dexie.DatabaseClosedError('Database has been closed'),
    new Dexie.ConstraintError('Key already exists in the object store.'),
    new Dexie.AbortError('Transaction aborted', new DOMException('Unknown error', 'UnknownError')),
    new DOMException('The transaction was aborted, so the request cannot be fulfilled.', 'InvalidStateError'),
    new Error('Failed to execute put on IDBObjectStore'),
  ])('%s', (error) => {
    expect(storageErrorText(error)).toBe(STORAGE_MESSAGE);
    expect(storageErrorText(error)).not.toMatch(/[A-Za-z]{3,}/);
  });

  it('our own Chinese messages and schema messages are kept', () => {
    expect(storageErrorText(new Error('单位不存在或已被删除'))).toBe('单位不存在或已被删除');
    expect(
      storageErrorText({ name: 'ZodError', issues: [{ message: '单位名称不能为空' }], message: '[{"code":"custom"}]' }),
    ).toBe('单位名称不能为空');
  });

  it('coded errors and coded schema messages are translated in the UI language', () => {
    expect(storageErrorText(new AppError('errUnitGone'))).toBe('单位不存在或已被删除');
    expect(storageErrorText(new AppError('errNoteTooLong', 2000))).toBe('备注不能超过 2000 字');
    const issue = { name: 'ZodError', issues: [{ message: issueMessage('errUnitDuplicate', '甲院') }], message: '' };
    expect(storageErrorText(issue)).toBe('同一上级下已有名为“甲院”的单位');
    useMessages('en');
    expect(storageErrorText(new AppError('errNoteTooLong', 2000))).toBe(
      'The note cannot be longer than 2000 characters',
    );
    expect(storageErrorText(issue)).toBe('A unit named “甲院” already exists under the same parent');
    expect(storageErrorText(quota())).toMatch(/^The disk is full/);
  });
});
