import * as fc from 'fast-check';
import { BACKUP_TABLES, TABLE_KEYS, TABLE_SCHEMAS, type BackupTable } from '../../lib/backup/tables';

/** Text as officials paste it, plus the kind a hostile file would carry. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '市卫健委',
    '<img src=x onerror=alert(1)>',
    '=HYPERLINK("http://x")',
    '  前后空格  ',
    '第一行\n第二行',
  ),
);
const id = fc.stringMatching(/^[a-z0-9#:-]{1,12}$/);
const stamp = fc.integer({ min: 0, max: 4_102_444_800_000 });
const day = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const month = day.map((d) => d.slice(0, 7));
const json = fc.jsonValue().map((v) => JSON.parse(JSON.stringify(v)) as unknown);

const candidates: Record<BackupTable, fc.Arbitrary<Record<string, unknown>>> = {
  ledgers: fc.record({
    id,
    title: text,
    issuer: text,
    docNumber: fc.option(text),
    issued: fc.option(day),
    region: text,
    source: fc.option(text),
    defaultDeadline: fc.option(day),
    origin: fc.constantFrom('seed', 'user'),
    documentId: fc.option(id),
    archived: fc.constantFrom(0, 1),
    createdAt: stamp,
    updatedAt: stamp,
  }),
  documents: fc.record({
    id,
    title: text,
    issuer: text,
    docNumber: fc.option(text),
    issued: fc.option(day),
    region: text,
    text,
    origin: fc.constantFrom('seed', 'user'),
    applies: fc.constantFrom(0, 1),
    createdAt: stamp,
    updatedAt: stamp,
  }),
  tasks: fc.record({
    id,
    ledgerId: id,
    order: fc.nat(10_000),
    seq: fc.option(text),
    group: fc.option(text),
    title: text,
    lead: fc.array(text, { maxLength: 3 }),
    partners: fc.array(text, { maxLength: 3 }),
    leaders: fc.array(text, { maxLength: 2 }),
    milestones: fc.array(fc.record({ text, due: fc.oneof(day, fc.constant('')), doneAt: fc.option(day) }), {
      maxLength: 2,
    }),
    progress: fc.option(text),
    archived: fc.constantFrom(0, 1),
    source: fc.option(fc.record({ title: text, url: text })),
    clause: fc.option(text),
    deadlineText: text,
    deadlineKind: fc.constantFrom('date', 'span', 'recurring', 'open'),
    due: fc.oneof(day, fc.constant('')),
    dueOverride: fc.option(day),
    done: fc.constantFrom(0, 1),
    doneAt: fc.option(day),
    notes: fc.array(fc.record({ at: stamp, text }), { maxLength: 3 }),
    history: fc.array(fc.record({ at: stamp, action: text }), { maxLength: 3 }),
    createdAt: stamp,
    updatedAt: stamp,
  }),
  units: fc.record({ id, name: text, parentId: fc.option(id), createdAt: stamp }),
  figures: fc.record({
    id,
    unitId: id,
    month,
    values: fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.option(fc.integer({ min: 0, max: 10 ** 9 }))),
    history: fc.constant([]),
    updatedAt: stamp,
  }),
  indicators: fc.record({ id, def: json, updatedAt: stamp }),
  targets: fc.record({
    id,
    indicatorId: id,
    documentId: fc.option(id),
    clause: text,
    subject: text,
    op: fc.constantFrom('>=', '<=', '>', '<', '=', 'between'),
    value: fc.integer(),
    max: fc.option(fc.integer()),
    unit: text,
    by: fc.option(month),
    createdAt: stamp,
  }),
  reports: fc.record({
    id,
    taskId: id,
    ledgerId: id,
    department: text,
    periodLabel: text,
    periodStart: day,
    periodEnd: day,
    status: fc.option(fc.constantFrom('未启动', '推进中', '已完成', '滞后')),
    progress: text,
    doneOn: fc.option(day),
    evidence: text,
    reporter: text,
    reportedAt: stamp,
    importedAt: stamp,
    via: fc.constantFrom('form', 'package', 'manual'),
  }),
  bulletins: fc.record({
    id,
    ledgerId: id,
    periodLabel: text,
    periodStart: day,
    periodEnd: day,
    issuedAt: stamp,
    data: json,
  }),
  aliases: fc.record({ alias: text, canonical: text, createdAt: stamp }),
  snapshots: fc.record({
    id: fc.integer({ min: 1, max: 10 ** 6 }),
    at: stamp,
    asOf: day,
    counts: fc.dictionary(fc.stringMatching(/^[a-z]{1,6}$/), fc.nat()),
    doneTaskIds: fc.array(id, { maxLength: 3 }),
    overdueTaskIds: fc.array(id, { maxLength: 3 }),
    indicators: fc.constant([]),
  }),
  settings: fc.record({ key: id, value: json }),
};

/** Records as the database holds them: through their zod schema (trimmed), each primary key once. */
function validRows(table: BackupTable): fc.Arbitrary<unknown[]> {
  const valid = candidates[table]
    .map((row) => TABLE_SCHEMAS[table].safeParse(row))
    .filter((p) => p.success)
    .map((p) => p.data as Record<string, unknown>);
  return fc.uniqueArray(valid, { maxLength: 4, selector: (row) => row[TABLE_KEYS[table]] });
}

type Row = Record<string, unknown>;

/**
 * The links between records made consistent, as a real database has them (lib/backup/cross-check.ts): each task
 * in an existing ledger, each unit under an earlier unit or none, each figure of an existing unit, once per month.
 */
function linked(tables: Record<BackupTable, unknown[]>): Record<BackupTable, unknown[]> {
  const ledgers = tables.ledgers as Row[];
  const units = (tables.units as Row[]).map((u, i, all): Row => ({
    ...u,
    parentId: i > 0 && u.parentId !== null ? all[i - 1].id : null,
  }));
  const seen = new Set<string>();
  const figures =
    units.length === 0
      ? []
      : (tables.figures as Row[])
          .map((f, i): Row => ({ ...f, unitId: units[i % units.length].id }))
          .filter((f) => !seen.has(`${f.unitId}|${f.month}`) && seen.add(`${f.unitId}|${f.month}`));
  const tasks =
    ledgers.length === 0
      ? []
      : (tables.tasks as Row[]).map((t, i) => ({ ...t, ledgerId: ledgers[i % ledgers.length].id }));
  return { ...tables, units, figures, tasks };
}

export const validTables = fc
  .record(
    Object.fromEntries(BACKUP_TABLES.map((t) => [t, validRows(t)])) as Record<BackupTable, fc.Arbitrary<unknown[]>>,
  )
  .map(linked);
