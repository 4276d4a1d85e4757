import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import {
  figureRecord,
  ledgerRecord,
  settingRecord,
  taskRecord,
  indicatorRecord,
  unitRecord,
} from '../../lib/model/records';
import { LIMITS } from '../../lib/model/limits';
import { ledgerForm, taskForm, emptyLedgerForm, emptyTaskForm } from '../../lib/ui/ledgers/fields';
import { readBackup } from '../../lib/backup/validate';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { createUnit } from '../../lib/db/units';
import { z, zhErrors } from '../../lib/z';
import { upgradeTables } from '../../lib/model/upgrades';
import { parseLedgerTable } from '../../lib/ledger/table-import';
import { failureText } from '../helpers/fake-i18n';

/** One valid task and ledger, as the app writes them; each test breaks one field. */
const fixture = JSON.parse(readFileSync('test/backup/fixtures/backup-v1.json', 'utf8'));
const current = upgradeTables(fixture.tables, fixture.schemaVersion) as Record<string, Array<Record<string, unknown>>>;
const task = current.tasks.at(-1);
const ledger = current.ledgers.at(-1);
const refused = (schema: z.ZodType, value: unknown) => !schema.safeParse(value, zhErrors).success;

describe('dates are real calendar days in 1900–2100', () => {
  it.each([
    '2024-02-30',
    '2023-02-29',
    '2024-13-45',
    '2024-00-10',
    '0099-01-01',
    '1899-12-31',
    '2101-01-01',
    '2024-1-5',
  ])('a task or ledger with %s is refused', (day) => {
    expect(refused(taskRecord, { ...task, dueOverride: day })).toBe(true);
    expect(refused(taskRecord, { ...task, due: day })).toBe(true);
    expect(refused(taskRecord, { ...task, done: 1, doneAt: day })).toBe(true);
    expect(refused(ledgerRecord, { ...ledger, issued: day })).toBe(true);
  });

  it.each(['2024-02-29', '1900-01-01', '2100-12-31'])('%s is a real day and is kept', (day) => {
    expect(taskRecord.parse({ ...task, dueOverride: day }).dueOverride).toBe(day);
    expect(ledgerRecord.parse({ ...ledger, issued: day }).issued).toBe(day);
  });

  it('a month of figures outside 1900–2100 is refused', () => {
    const figure = fixture.tables.figures[0];
    expect(refused(figureRecord, { ...figure, month: '0099-01' })).toBe(true);
    expect(refused(figureRecord, { ...figure, month: '2101-01' })).toBe(true);
    expect(figureRecord.parse({ ...figure, month: '2100-12' }).month).toBe('2100-12');
  });

  it('the task and ledger forms refuse a year outside the range instead of reading 99 as 1999', () => {
    for (const dueOverride of ['0099-03-01', '1899-12-31', '2101-01-01', '2024-02-30']) {
      const parsed = taskForm.safeParse({ ...emptyTaskForm, title: '任务', dueOverride });
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0].message).toMatch(/1900–2100 年间的有效日期/);
    }
    expect(ledgerForm.safeParse({ ...emptyLedgerForm, title: '台账', issued: '0099-12-31' }).success).toBe(false);
    expect(taskForm.parse({ ...emptyTaskForm, title: '任务', dueOverride: '2099-12-31' }).dueOverride).toBe(
      '2099-12-31',
    );
  });
});

const long = (n: number) => '长'.repeat(n);

describe('lengths are capped with the numbers the forms use', () => {
  it.each([
    ['title', LIMITS.taskTitle],
    ['deadlineText', LIMITS.deadlineText],
    ['group', LIMITS.group],
    ['seq', LIMITS.seq],
  ] as const)('task %s: %i characters pass in record and form, one more is refused by both', (field, max) => {
    expect(taskRecord.safeParse({ ...task, [field]: long(max) }).success).toBe(true);
    expect(refused(taskRecord, { ...task, [field]: long(max + 1) })).toBe(true);
    const form = { ...emptyTaskForm, title: '任务', [field]: long(max) };
    expect(taskForm.safeParse(form).success).toBe(true);
    const tooLong = taskForm.safeParse({ ...form, [field]: long(max + 1) });
    expect(tooLong.success).toBe(false);
    if (!tooLong.success) expect(tooLong.error.issues[0].message).toContain(`不能超过 ${max} 字`);
  });

  it('ledger title, issuer, document number and region; department and unit names; notes', () => {
    for (const [field, max] of [
      ['title', LIMITS.ledgerTitle],
      ['issuer', LIMITS.issuer],
      ['docNumber', LIMITS.docNumber],
      ['region', LIMITS.region],
    ] as const) {
      expect(ledgerRecord.safeParse({ ...ledger, [field]: long(max) }).success).toBe(true);
      expect(refused(ledgerRecord, { ...ledger, [field]: long(max + 1) })).toBe(true);
      expect(ledgerForm.safeParse({ ...emptyLedgerForm, title: '台账', [field]: long(max + 1) }).success).toBe(false);
    }
    expect(refused(taskRecord, { ...task, lead: [long(LIMITS.name + 1)] })).toBe(true);
    expect(taskForm.safeParse({ ...emptyTaskForm, title: '任务', lead: long(LIMITS.name + 1) }).success).toBe(false);
    expect(
      refused(taskRecord, { ...task, partners: Array.from({ length: LIMITS.departments + 1 }, (_, i) => `部门${i}`) }),
    ).toBe(true);
    expect(refused(unitRecord, { ...fixture.tables.units[0], name: long(LIMITS.name + 1) })).toBe(true);
    expect(refused(taskRecord, { ...task, notes: [{ at: 1, text: long(LIMITS.note + 1) }] })).toBe(true);
    expect(taskForm.safeParse({ ...emptyTaskForm, title: '任务', newNote: long(LIMITS.note + 1) }).success).toBe(false);
  });
});

describe('settings and custom-indicator values are bounded in depth and size', () => {
  const nested = (depth: number): unknown => (depth === 0 ? 1 : { a: nested(depth - 1) });

  it('refuses a value nested deeper than the limit or larger than it', () => {
    expect(settingRecord.safeParse({ key: 'k', value: nested(LIMITS.settingDepth) }).success).toBe(true);
    expect(refused(settingRecord, { key: 'k', value: nested(LIMITS.settingDepth + 1) })).toBe(true);
    expect(refused(settingRecord, { key: 'k', value: 'x'.repeat(LIMITS.settingChars) })).toBe(true);
    expect(indicatorRecord.safeParse({ id: 'my-x', def: nested(LIMITS.indicatorDepth), updatedAt: 1 }).success).toBe(
      true,
    );
    expect(refused(indicatorRecord, { id: 'my-x', def: nested(LIMITS.indicatorDepth + 1), updatedAt: 1 })).toBe(true);
    expect(
      refused(indicatorRecord, { id: 'my-x', def: { name: 'x'.repeat(LIMITS.indicatorChars) }, updatedAt: 1 }),
    ).toBe(true);
  });

  it('a 5 MB import draft (the paste box) still fits', () => {
    expect(
      settingRecord.safeParse({ key: 'ledgers.importDraft', value: { text: '表'.repeat(5_000_000) } }).success,
    ).toBe(true);
  });
});

describe('restore refuses a crafted file whose records contradict each other, in Chinese, before confirming', () => {
  const errorOf = (edit: (tables: Record<string, Array<Record<string, unknown>>>) => void) => {
    const file = structuredClone(fixture);
    edit(file.tables);
    const result = readBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION);
    return result.ok ? 'accepted' : result.error;
  };
  const [county, hospital] = fixture.tables.units.map((u: { id: string }) => u.id).sort();

  it('accepts the real file', () => {
    expect(errorOf(() => {})).toBe('accepted');
  });

  it('a task whose ledger is not in the file', () => {
    expect(errorOf((t) => (t.tasks[0].ledgerId = 'no-such-ledger'))).toMatch(
      /记录互相矛盾.*台账“no-such-ledger”不存在/s,
    );
  });

  it('units whose parents form a loop, or point at no unit', () => {
    expect(errorOf((t) => t.units.forEach((u) => (u.parentId = u.id === county ? hospital : county)))).toMatch(
      /形成循环/,
    );
    expect(errorOf((t) => (t.units[0].parentId = t.units[0].id))).toMatch(/形成循环/);
    expect(errorOf((t) => (t.units[0].parentId = 'gone'))).toMatch(/上级单位“gone”不存在/);
  });

  it('two figure records for one unit and month, or figures of no unit', () => {
    expect(errorOf((t) => t.figures.push({ ...t.figures[0], id: 'copy' }))).toMatch(/不止一条月度数据/);
    expect(errorOf((t) => (t.figures[0].unitId = 'gone'))).toMatch(/单位“gone”不存在/);
  });

  it('a record breaking a limit (a date that does not exist)', () => {
    expect(errorOf((t) => (t.tasks[0].due = '2024-02-30'))).toMatch(/“任务”表第 1 条记录无效：due/);
  });
});

describe('invisible characters never make a new department or an empty title', () => {
  let db: ReformDb | undefined;
  afterEach(async () => db?.delete());
  const ZW = [
    '\u200B',
    '\u200C',
    '\u200D',
    '\u200E',
    '\u200F',
    '\u2060',
    '\uFEFF',
    '\u202A',
    '\u202E',
    '\u2066',
    '\u2069',
    '\u061C',
  ];

  it.each(ZW.map((c) => [c.codePointAt(0)!.toString(16), c]))(
    'U+%s is removed from titles and departments; nothing left is refused',
    (_, c) => {
      const parsed = taskRecord.parse({
        ...task,
        title: `${c}推进${c}医改`,
        lead: [`县卫健局${c}`, '县卫健局'],
        partners: [`${c}县医保局`],
      });
      expect(parsed.title).toBe('推进医改');
      expect(parsed.lead).toEqual(['县卫健局']);
      expect(parsed.partners).toEqual(['县医保局']);
      expect(refused(taskRecord, { ...task, title: `${c} ${c}` })).toBe(true);
      expect(refused(taskRecord, { ...task, lead: [c] })).toBe(true);
      expect(refused(ledgerRecord, { ...ledger, title: c })).toBe(true);
      expect(refused(unitRecord, { ...fixture.tables.units[0], name: c })).toBe(true);
    },
  );

  it('typed or pasted into the task form', () => {
    const out = taskForm.parse({
      ...emptyTaskForm,
      title: '\u200B推进医改\uFEFF',
      lead: '县卫健局\u200B、\u202E县医保局',
      partners: '县卫健局',
    });
    expect(out.title).toBe('推进医改');
    expect(out.lead).toEqual(['县卫健局', '县医保局']);
    const empty = taskForm.safeParse({ ...emptyTaskForm, title: '\u200B\u2060 ' });
    expect(empty.success).toBe(false);
    if (!empty.success) expect(empty.error.issues[0].message).toBe('任务内容不能为空');
  });

  it('imported from a pasted table: no second department, no row with an invisible title', () => {
    const table = [
      '序号\t具体工作\t牵头部门\t完成时限',
      '1\t\u200B推进医改\t县卫健局\u200B、县医保局\t2024年底前',
      '2\t\u200B\uFEFF\t县卫健局\t2024年底前',
    ].join('\n');
    const { tasks } = parseLedgerTable(table);
    expect(tasks.map((t) => t.title)).toEqual(['推进医改']);
    expect(tasks[0].lead).toEqual(['县卫健局', '县医保局']);
  });

  it('a unit name of only invisible characters is refused when saved', async () => {
    db = openDb('integrity-units');
    expect(await failureText(createUnit(db, { name: '\u200B\u200D', parentId: null }))).toContain('单位名称不能为空');
    expect((await createUnit(db, { name: '\uFEFF某县\u200B', parentId: null })).name).toBe('某县');
  });

  it('restored from a file', () => {
    const file = structuredClone(fixture);
    file.tables.tasks[0].lead = ['\uFEFF县卫健局'];
    file.tables.tasks[0].title = `\u200B${file.tables.tasks[0].title}`;
    const result = readBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION);
    expect(result.ok && (result.backup.tables.tasks[0] as { lead: string[] }).lead).toEqual(['县卫健局']);
    expect(result.ok && (result.backup.tables.tasks[0] as { title: string }).title).toBe(fixture.tables.tasks[0].title);
    file.tables.tasks[0].title = '\u200B';
    expect(readBackup(JSON.stringify(file), CURRENT_SCHEMA_VERSION).ok).toBe(false);
  });
});
