import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { closeWhenUpgradedElsewhere, openDb } from '../../lib/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, applySchema } from '../../lib/db/migrations';
import * as records from '../../lib/model/records';
import { createV1Database, v1Fixture } from './v1-fixture';

const schemaOf: Record<string, { parse: (v: unknown) => unknown }> = {
  ledgers: records.ledgerRecord,
  tasks: records.taskRecord,
  units: records.unitRecord,
  figures: records.figureRecord,
  indicators: records.indicatorRecord,
  snapshots: records.snapshotRecord,
  settings: records.settingRecord,
};

describe('schema upgrades from real v1 data', () => {
  it('opens a v1 database at the current version with every record kept and valid', async () => {
    await createV1Database('upgrade-v1');
    const db = openDb('upgrade-v1');
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(v1Fixture.tables)) {
      const now = await db.table(table).toArray();
      expect(now, table).toHaveLength(rows.length);
      for (const row of now) schemaOf[table].parse(row);
    }
    const done = await db.tasks.get('guyuan-2020#1');
    expect(done?.notes[0].text).toBe('已印发实施方案');
    await db.delete();
  });

  it('keeps the checklist index usable after the upgrade', async () => {
    await createV1Database('upgrade-index');
    const db = openDb('upgrade-index');
    const open = await db.tasks.where('[done+due]').between([0, ''], [0, '\uffff'], true, true).toArray();
    expect(open.map((t) => t.id).sort()).toEqual(['user-county-2024#1', 'user-county-2024#2']);
    const byLead = await db.tasks.where('lead').equals('县卫健局').primaryKeys();
    expect(byLead.sort()).toEqual(['user-county-2024#1', 'user-county-2024#2']);
    await db.delete();
  });

  it('v2: gives every v1 task and ledger the new fields, adds the new tables empty, and indexes archived tasks', async () => {
    await createV1Database('upgrade-v2-fields');
    const db = openDb('upgrade-v2-fields');
    const task = await db.tasks.get('guyuan-2020#1');
    expect(task).toMatchObject({
      leaders: [],
      milestones: [],
      progress: null,
      archived: 0,
      source: null,
      clause: null,
      title: '推进紧密型县域医共体建设',
    });
    expect(await db.ledgers.get('guyuan-2020')).toMatchObject({
      documentId: null,
      archived: 0,
      docNumber: '固医改发〔2020〕1号',
    });
    for (const table of ['documents', 'targets', 'reports', 'bulletins', 'aliases'])
      expect(await db.table(table).count(), table).toBe(0);
    const openCurrent = await db.tasks
      .where('[archived+done+due]')
      .between([0, 0, ''], [0, 0, '\uffff'], true, true)
      .primaryKeys();
    expect(openCurrent.sort()).toEqual(['user-county-2024#1', 'user-county-2024#2']);
    await db.delete();
  });
});

/**
 * One case per schema version: a page still running version `from` is open while a newer page opens `to`.
 * The last case upgrades to a probe version one above the current, standing in for the next release; a real new
 * version appended to SCHEMA_VERSIONS adds its own case here by itself.
 */
const probeVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  stores: SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].stores,
};
const upgradeSteps = SCHEMA_VERSIONS.map((from, i) => ({ from, to: SCHEMA_VERSIONS[i + 1] ?? probeVersion }));

function connectionAt(name: string, version: number): Dexie {
  const db = new Dexie(name);
  applySchema(db, version);
  if (version === probeVersion.version) db.version(probeVersion.version).stores(probeVersion.stores);
  closeWhenUpgradedElsewhere(db);
  return db;
}

describe.each(upgradeSteps)(
  'upgrade from v$from.version to v$to.version while another page is open',
  ({ from, to }) => {
    it('closes the other page, opens the upgrading one with every record, and the other page reads again', async () => {
      const name = `upgrade-open-${from.version}`;
      await createV1Database(name);
      const otherPage = connectionAt(name, from.version);
      await otherPage.open();
      const closed = new Promise<void>((resolve) => otherPage.on('close', () => resolve()));

      const upgrading = connectionAt(name, to.version);
      await upgrading.open();
      await closed;
      expect(otherPage.isOpen()).toBe(false);
      expect(upgrading.verno).toBe(to.version);
      for (const [table, rows] of Object.entries(v1Fixture.tables)) {
        const now = await upgrading.table(table).toArray();
        expect(now, table).toHaveLength(rows.length);
        for (const row of now) schemaOf[table].parse(row);
      }
      // Not wedged: the page that was closed opens again on its next query and sees the same data.
      expect(await otherPage.table('tasks').count()).toBe(v1Fixture.tables.tasks.length);
      otherPage.close();
      await upgrading.delete();
    });
  },
);
