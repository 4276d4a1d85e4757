import type { FigureRecord, UnitRecord } from '../../lib/model/records';
import { makeLedger, makeTask } from '../checklist/task-fixture';
import { signingCoverage } from '../indicators/fixtures';
import { buildSnapshot, type SnapshotInputs } from '../../lib/export/snapshot';

export const TODAY = '2026-03-10';

export const unit = (id: string, name: string, parentId: string | null = null): UnitRecord => ({
  id,
  name,
  parentId,
  createdAt: 1,
});
export const figure = (unitId: string, month: string, values: Record<string, number>): FigureRecord => ({
  id: `${unitId}|${month}`,
  unitId,
  month,
  values,
  history: [],
  updatedAt: 1,
});

/** Two ledgers, one task in every status, a county with two townships reporting signing figures. */
export function inputs(overrides: Partial<SnapshotInputs> = {}): SnapshotInputs {
  return {
    ledgers: [makeLedger('ledger-a', '甲县医改台账'), makeLedger('ledger-b', '乙市重点任务')],
    tasks: [
      makeTask({
        id: 'done',
        ledgerId: 'ledger-a',
        order: 1,
        due: '2026-01-31',
        done: 1,
        doneAt: '2026-01-20',
        notes: [{ at: 1, text: '已印发' }],
      }),
      makeTask({
        id: 'late',
        ledgerId: 'ledger-a',
        order: 2,
        title: '推进医共体建设',
        due: '2026-03-09',
        lead: ['卫健局', '医保局'],
      }),
      makeTask({ id: 'soon', ledgerId: 'ledger-b', order: 1, due: '2026-03-17', lead: ['医保局'] }),
      makeTask({ id: 'open', ledgerId: 'ledger-b', order: 2, due: '2026-03-18' }),
      makeTask({
        id: 'undated',
        ledgerId: 'ledger-b',
        order: 3,
        due: '',
        deadlineKind: 'open',
        deadlineText: '长期坚持',
      }),
      makeTask({
        id: 'quarterly',
        ledgerId: 'ledger-b',
        order: 4,
        due: '',
        deadlineKind: 'recurring',
        deadlineText: '每季度末',
      }),
    ],
    today: TODAY,
    soonDays: 7,
    defs: [signingCoverage],
    units: [unit('county', '某县'), unit('t1', '甲镇', 'county'), unit('t2', '乙镇', 'county')],
    figures: [
      figure('t1', '2026-01', { signed: 300, population: 1000 }),
      figure('t2', '2026-01', { signed: 100, population: 1000 }),
      figure('t1', '2026-02', { signed: 600, population: 1000 }),
      figure('t2', '2026-02', { signed: 500, population: 1000 }),
    ],
    unitIds: ['county'],
    month: '2026-02',
    last: null,
    ...overrides,
  };
}

export const snapshot = (overrides: Partial<SnapshotInputs> = {}) => buildSnapshot(inputs(overrides));
