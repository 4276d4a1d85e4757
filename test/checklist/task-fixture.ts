import { openDb, type ReformDb } from '../../lib/db/database';
import { taskRecord, type LedgerRecord, type TaskRecord } from '../../lib/model/records';

let counter = 0;

/** A valid open task; tests override only what they look at. */
export function makeTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  const n = ++counter;
  return taskRecord.parse({
    id: `t${String(n).padStart(5, '0')}`,
    ledgerId: 'ledger-a',
    order: n,
    seq: String(n),
    group: null,
    title: `任务${n}`,
    lead: ['卫健局'],
    partners: [],
    leaders: [],
    milestones: [],
    progress: null,
    archived: 0,
    source: null,
    clause: null,
    deadlineText: '',
    deadlineKind: 'date',
    due: '',
    dueOverride: null,
    done: 0,
    doneAt: null,
    notes: [],
    history: [],
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
}

export function makeLedger(id: string, title: string): LedgerRecord {
  return {
    id,
    title,
    issuer: '某县医改办',
    docNumber: null,
    issued: null,
    region: '某县',
    source: null,
    defaultDeadline: null,
    origin: 'user',
    documentId: null,
    archived: 0,
    createdAt: 1,
    updatedAt: 1,
  };
}

let dbCounter = 0;

/** A fresh fake-indexeddb database with two ledgers and the given tasks. */
export async function dbWith(tasks: TaskRecord[]): Promise<ReformDb> {
  const db = openDb(`checklist-test-${++dbCounter}`);
  await db.ledgers.bulkAdd([makeLedger('ledger-a', '甲县医改台账'), makeLedger('ledger-b', '乙市重点任务')]);
  await db.tasks.bulkAdd(tasks);
  return db;
}
