import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { exportBackup } from '../../lib/db/backup';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { serializeBackup, type BackupFile } from '../../lib/backup/format';
import { readBackup } from '../../lib/backup/validate';
import { NOW, fillDb } from './fixture';

let db: ReformDb;
let n = 0;
afterEach(() => db?.delete());

async function realBackup(): Promise<BackupFile> {
  db = openDb(`validate-${++n}`);
  await fillDb(db);
  return exportBackup(db, NOW);
}

const read = (value: unknown) =>
  readBackup(typeof value === 'string' ? value : JSON.stringify(value), CURRENT_SCHEMA_VERSION);
const errorOf = (value: unknown) => {
  const result = read(value);
  if (result.ok) throw new Error('expected a rejected backup');
  return result.error;
};

describe('readBackup', () => {
  it('accepts an exported backup and returns every record', async () => {
    const backup = await realBackup();
    const result = read(serializeBackup(backup));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.tables).toEqual(backup.tables);
  });

  it('rejects text that is not JSON, or JSON of another kind, in Chinese', () => {
    expect(errorOf('{"format": "reform-ledger-backup", ')).toMatch(/不是有效的 JSON/);
    expect(errorOf({ hello: 'world' })).toMatch(/不是医改台账助手的备份文件/);
    expect(errorOf({ format: 'other-app', schemaVersion: 1, exportedAt: '2024-01-01T00:00:00Z', tables: {} })).toMatch(
      /不是医改台账助手的备份文件/,
    );
    expect(errorOf([1, 2])).toMatch(/不是医改台账助手的备份文件/);
  });

  it('rejects a schema version newer than this install, and a missing one', async () => {
    const backup = await realBackup();
    expect(errorOf({ ...backup, schemaVersion: CURRENT_SCHEMA_VERSION + 1 })).toMatch(/更新版本.*请先升级/);
    expect(errorOf({ ...backup, schemaVersion: 0 })).toMatch(/缺少有效的数据版本/);
    expect(errorOf({ ...backup, schemaVersion: '1' })).toMatch(/数据版本/);
    expect(errorOf({ ...backup, exportedAt: 'yesterday' })).toMatch(/导出时间/);
  });

  it('rejects missing and unknown tables', async () => {
    const backup = await realBackup();
    const { tasks: _dropped, ...withoutTasks } = backup.tables;
    expect(errorOf({ ...backup, tables: withoutTasks })).toMatch(/缺少数据表：“任务”（tasks）/);
    expect(errorOf({ ...backup, tables: { ...backup.tables, extra: [] } })).toMatch(/不认识的数据表：extra/);
    expect(errorOf({ ...backup, tables: { ...backup.tables, units: {} } })).toMatch(/“单位”表（units）不是记录列表/);
  });

  it('validates every record and names the table, row and field of each problem', async () => {
    const backup = await realBackup();
    const tasks = structuredClone(backup.tables.tasks) as Array<Record<string, unknown>>;
    tasks[2].title = '   ';
    tasks[1].due = '2021/06/30';
    const figures = [{ ...(backup.tables.figures[0] as object), month: '2024-13' }];
    const error = errorOf({ ...backup, tables: { ...backup.tables, tasks, figures } });
    expect(error).toMatch(/有 3 条记录未通过校验，未做任何更改/);
    expect(error).toMatch(/“任务”表第 3 条记录无效：title：任务名称不能为空/);
    expect(error).toMatch(/“任务”表第 2 条记录无效：due：/);
    expect(error).toMatch(/“月度数据”表第 1 条记录无效：month：月份格式应为 YYYY-MM/);
  });

  it('gives Chinese wording even where a schema has no message of its own', async () => {
    const backup = await realBackup();
    const tasks = structuredClone(backup.tables.tasks) as Array<Record<string, unknown>>;
    tasks[0].order = -1;
    expect(errorOf({ ...backup, tables: { ...backup.tables, tasks } })).toMatch(/order：.*[\u4e00-\u9fff]/);
  });

  it('rejects duplicate primary keys, which would fail the restore midway', async () => {
    const backup = await realBackup();
    const ledgers = [...backup.tables.ledgers, backup.tables.ledgers[0]];
    expect(errorOf({ ...backup, tables: { ...backup.tables, ledgers } })).toMatch(
      /“台账”表第 2 条记录的主键“sample-2020”与前面的记录重复/,
    );
  });

  it('lists only the first few problems of a badly broken file', async () => {
    const backup = await realBackup();
    const tasks = Array.from({ length: 40 }, () => ({ id: 'x' }));
    const error = errorOf({ ...backup, tables: { ...backup.tables, tasks } });
    expect(error).toMatch(/有 40 条记录/);
    expect(error.split('\n').length).toBeLessThanOrEqual(7);
  });
});

describe('backups from an earlier schema version', () => {
  it('upgrades a version-1 backup through the same record step the database runs, then restores it whole', async () => {
    const { v1Fixture } = await import('../db/v1-fixture');
    const v1 = {
      format: 'reform-ledger-backup',
      schemaVersion: 1,
      exportedAt: '2024-05-06T02:30:00.000Z',
      tables: v1Fixture.tables,
    };
    const result = read(v1);
    if (!result.ok) throw new Error(result.error);
    expect(result.backup.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    const task = (result.backup.tables.tasks as Array<Record<string, unknown>>).find((t) => t.id === 'guyuan-2020#1');
    expect(task).toMatchObject({
      title: '推进紧密型县域医共体建设',
      leaders: [],
      archived: 0,
      notes: [{ text: '已印发实施方案' }],
    });
    expect(result.backup.tables.documents).toEqual([]);
    const { restoreBackup } = await import('../../lib/db/backup');
    db = openDb(`validate-${++n}`);
    await restoreBackup(db, result.backup);
    expect(await db.tasks.count()).toBe(v1Fixture.tables.tasks.length);
    expect((await db.ledgers.get('guyuan-2020'))?.archived).toBe(0);
  });
});
