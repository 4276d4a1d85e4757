/**
 * Ledger and task records as the extension stores them (schema v2), for e2e tests that write straight into
 * IndexedDB. The one place their shape is spelled out: a field added to the records is added here once.
 * Plain data, so a test may also pass a record into page.evaluate and spread it there.
 */

type Extra = Record<string, unknown>;

export function ledgerRow(id: string, title: string, now: number, extra: Extra = {}) {
  return {
    id,
    title,
    issuer: '测试',
    docNumber: null,
    issued: null,
    region: '测试县',
    source: null,
    defaultDeadline: null,
    origin: 'user',
    documentId: null,
    archived: 0,
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
}

/** An open task `${ledgerId}#${key}` with a fixed date, or with none (长期坚持) when `due` is ''. */
export function taskRow(ledgerId: string, key: string | number, order: number, now: number, extra: Extra = {}) {
  return {
    id: `${ledgerId}#${key}`,
    ledgerId,
    order,
    seq: String(order),
    group: null,
    title: String(key),
    lead: [] as string[],
    partners: [] as string[],
    deadlineText: '',
    deadlineKind: 'date',
    due: '',
    dueOverride: null,
    done: 0,
    doneAt: null,
    notes: [] as Array<{ at: number; text: string }>,
    history: [],
    leaders: [],
    milestones: [],
    progress: null,
    archived: 0,
    source: null,
    clause: null,
    createdAt: now,
    updatedAt: now,
    ...extra,
  };
}

/** The deadline fields of a task due on `due`, or of one without a date (长期坚持) when it is ''. */
export const dueFields = (due: string) => ({
  deadlineText: due ? '' : '长期坚持',
  deadlineKind: due ? 'date' : 'open',
  due,
});
