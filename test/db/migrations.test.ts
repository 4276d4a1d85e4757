import { describe, expect, it } from 'vitest';
import { openDb } from '../../lib/db/database';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import * as records from '../../lib/db/records';
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
});
