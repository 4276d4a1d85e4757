import type { LedgerRecord, TaskRecord } from '../../lib/model/records';
import { addDays, localDay } from '../../lib/model/calendar';

const DEPARTMENTS = Array.from({ length: 30 }, (_, i) => `部门${i}`);
function dayFromNow(offset: number, now: number): string {
  return addDays(localDay(new Date(now)), offset);
}

/**
 * `ledgers` ledgers of `perLedger` tasks each. Deterministic mix: 20% done, 3% recurring, 17% undated, the rest due
 * between ~2.7 years ago and ~1.4 years ahead of `now` (so every checklist section has rows).
 */
export function makeLedgerData(
  ledgers: number,
  perLedger: number,
  now = Date.now(),
): { ledgers: LedgerRecord[]; tasks: TaskRecord[] } {
  const ledgerRows: LedgerRecord[] = [];
  const tasks: TaskRecord[] = [];
  let n = 0;
  for (let l = 0; l < ledgers; l++) {
    const ledgerId = `bench-${l}`;
    ledgerRows.push({
      id: ledgerId,
      title: `性能测试台账 ${l}`,
      issuer: '医改办',
      docNumber: null,
      issued: null,
      region: '测试县',
      source: null,
      defaultDeadline: null,
      origin: 'user',
      documentId: null,
      archived: 0,
      createdAt: 1,
      updatedAt: 1,
    });
    for (let i = 0; i < perLedger; i++, n++) {
      const r = (n * 7919) % 100;
      const done = r < 20 ? 1 : 0;
      const recurring = r >= 20 && r < 23;
      const due = recurring || (r >= 23 && r < 40) ? '' : dayFromNow(((n * 131) % 1500) - 1000, now);
      tasks.push({
        id: `${ledgerId}#${i}`,
        ledgerId,
        order: i,
        seq: String(i + 1),
        group: null,
        title: `性能测试任务 ${n} 推进紧密型县域医共体建设与药品集中带量采购`,
        lead: [DEPARTMENTS[n % 30], DEPARTMENTS[(n * 3) % 30]],
        partners: [DEPARTMENTS[(n + 5) % 30]],
        leaders: [],
        milestones: [],
        progress: null,
        archived: 0,
        source: null,
        clause: null,
        deadlineText: recurring ? '每季度末' : due === '' ? '持续推进' : `${due.slice(0, 4)}年底前`,
        deadlineKind: recurring ? 'recurring' : due === '' ? 'open' : 'date',
        due,
        dueOverride: null,
        done,
        doneAt: done ? '2024-01-01' : null,
        notes: [],
        history: [],
        createdAt: 1,
        updatedAt: n,
      });
    }
  }
  return { ledgers: ledgerRows, tasks };
}

const DEADLINES = ['2021年底前', '2020年6月底前完成', '持续推进', '每季度末', '2022年12月31日前', '长期坚持'];

/** A pasted Word/Excel table (tab-separated, header row first) with `rows` task rows. */
export function makePastedTable(rows: number): string {
  const lines = ['序号\t重点任务\t牵头部门\t配合部门\t完成时限'];
  for (let i = 0; i < rows; i++) {
    const lead = `${DEPARTMENTS[i % 30]}、${DEPARTMENTS[(i * 7) % 30]}`;
    lines.push(
      `${i + 1}\t推进第${i + 1}项改革任务，完善分级诊疗制度和现代医院管理制度\t${lead}\t${DEPARTMENTS[(i + 3) % 30]}\t${DEADLINES[i % DEADLINES.length]}`,
    );
  }
  return lines.join('\n');
}
