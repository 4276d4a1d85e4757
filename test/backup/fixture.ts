import type { ReformDb } from '../../lib/db/database';
import { settingsTable } from '../../lib/db/setting';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { BACKUP_TABLES } from '../../lib/backup/tables';
import type { SeedLedger } from '../../lib/ledger/seed-schema';

export const NOW = Date.UTC(2024, 4, 6, 2, 30);

export const sampleSeed: SeedLedger = {
  id: 'sample-2020',
  title: '示例台账',
  issuer: '某县医改办',
  docNumber: '某医改发〔2020〕1号',
  issued: '2020-03-01',
  region: '某县',
  source: '000_0000000000000000.txt',
  tasks: [
    {
      seq: '1',
      group: '公立医院改革',
      title: '任务一',
      lead: ['卫健局'],
      partners: ['财政局'],
      deadline: '年底前完成',
    },
    { seq: '2', group: null, title: '任务二', lead: ['医保局'], partners: [], deadline: '长期坚持' },
    { seq: '3', group: null, title: '任务三', lead: ['人社局'], partners: ['卫健局'], deadline: '2021年6月底前' },
  ],
};

/** A database with a record in every table, as a real install would have after some use. */
export async function fillDb(db: ReformDb): Promise<void> {
  await seedLedgers(db, [sampleSeed], NOW);
  await db.transaction('rw', db.tables, async () => {
    await db.units.add({ id: 'county', name: '某县', parentId: null, createdAt: NOW });
    await db.units.add({ id: 'hospital', name: '县人民医院', parentId: 'county', createdAt: NOW });
    await db.figures.add({
      id: 'hospital:2024-03',
      unitId: 'hospital',
      month: '2024-03',
      values: { visits: 1200, beds: null },
      history: [],
      updatedAt: NOW,
    });
    await db.indicators.add({ id: 'custom-1', def: { name: '自定义指标', formula: 'a/b' }, updatedAt: NOW });
    await db.snapshots.add({
      at: NOW,
      asOf: '2024-05-06',
      counts: { open: 2 },
      doneTaskIds: [],
      overdueTaskIds: ['sample-2020#3'],
      indicators: [],
    });
    await settingsTable(db).put({ key: 'checklist.badgeDays', value: 7 });
    await db.documents.add({
      id: 'doc-2020',
      title: '示例文件',
      issuer: '某县医改办',
      docNumber: '某医改发〔2020〕1号',
      issued: '2020-03-01',
      region: '某县',
      text: '一、任务一（责任单位：卫健局）',
      origin: 'user',
      applies: 1,
      createdAt: NOW,
      updatedAt: NOW,
    });
    await db.targets.add({
      id: 'target-1',
      indicatorId: 'fd-coverage',
      documentId: 'doc-2020',
      clause: '签约覆盖率达到50%以上',
      subject: '签约覆盖率',
      op: '>=',
      value: 50,
      max: null,
      unit: '%',
      by: '2020-12',
      createdAt: NOW,
    });
    await db.reports.add({
      id: 'report-1',
      taskId: 'sample-2020#1',
      ledgerId: 'sample-2020',
      department: '卫健局',
      periodLabel: '2024年4月',
      periodStart: '2024-04-01',
      periodEnd: '2024-04-30',
      status: '推进中',
      progress: '已起草方案',
      doneOn: null,
      evidence: '',
      reporter: '张三',
      reportedAt: NOW,
      importedAt: NOW,
      via: 'form',
    });
    await db.bulletins.add({
      id: 'bulletin-1',
      ledgerId: 'sample-2020',
      periodLabel: '2024年4月',
      periodStart: '2024-04-01',
      periodEnd: '2024-04-30',
      issuedAt: NOW,
      data: { done: 1 },
    });
    await db.aliases.add({ alias: '县财政局（国资委）', canonical: '财政局', createdAt: NOW });
  });
}

/** Every table's records, sorted the way Dexie returns them (by primary key). */
export async function dump(db: ReformDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray();
  return out;
}
