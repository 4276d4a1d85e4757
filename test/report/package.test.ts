import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { importPackage, loadReporting } from '../../lib/db/reports';
import { buildPackage, readPackage } from '../../lib/report/package';
import { dbWith, makeTask } from '../checklist/task-fixture';

const period = { label: '2026年11月', start: '2026-11-01', end: '2026-11-30' };
const dbs: ReformDb[] = [];
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

async function officePackageText() {
  const office = await dbWith([
    makeTask({
      id: 'p1',
      title: '推进医共体建设',
      lead: ['县卫健局'],
      partners: ['县医保局'],
      due: '2026-12-31',
      progress: '已挂牌',
    }),
    makeTask({ id: 'p2', title: '深化DRG改革', lead: ['县医保局'], partners: [], due: '2026-10-31' }),
    makeTask({ id: 'p3', title: '财政投入', lead: ['县财政局'], partners: [] }),
  ]);
  dbs.push(office);
  const data = (await loadReporting(office, 'ledger-a'))!;
  return JSON.stringify(buildPackage(data.ledger, data.tasks, '县医保局', period));
}

describe('dispatch package', () => {
  it("carries only the department's tasks and imports as its ledger, with the office's ids and its role on every task", async () => {
    const read = readPackage(await officePackageText());
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.pkg.tasks.map((t) => [t.id, t.role])).toEqual([
      ['p1', 'partner'],
      ['p2', 'lead'],
    ]);
    const dept = openDb('package-dept');
    dbs.push(dept);
    expect(await importPackage(dept, read.pkg, 7)).toEqual({ ledgerId: 'ledger-a', tasks: 2 });
    const tasks = await dept.tasks.toArray();
    expect(tasks.map((t) => [t.id, t.ledgerId, t.group, t.progress])).toEqual([
      ['p1', 'ledger-a', '本单位配合', '已挂牌'],
      ['p2', 'ledger-a', '本单位牵头', null],
    ]);
    // What the department records stays when the next period's package arrives.
    await dept.tasks.update('p2', { done: 1, doneAt: '2026-11-20', progress: '实际付费' });
    await importPackage(
      dept,
      { ...read.pkg, period: { label: '2026年12月', start: '2026-12-01', end: '2026-12-31' } },
      8,
    );
    expect(await dept.tasks.get('p2')).toMatchObject({ done: 1, doneAt: '2026-11-20', progress: '实际付费' });
    expect(await dept.ledgers.count()).toBe(1);
  });

  it.each([
    ['not JSON', '{"format":', 'JSON 格式有误'],
    ['a backup file', JSON.stringify({ format: 'reform-ledger-backup', tables: {} }), '不是医改办下发的任务数据包'],
    [
      'a damaged package',
      JSON.stringify({ format: 'reform-ledger-dispatch', version: 1, ledgerId: 'x' }),
      '不完整或已损坏',
    ],
  ])('refuses %s with a Chinese message', (_what, text, message) => {
    const read = readPackage(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toContain(message);
  });
});
