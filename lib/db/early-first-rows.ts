import { completed, readEarly } from './early-open';
import { dueKeys } from './due-keys';
import { periodRanges, type DatedBucket } from '../checklist/period';
import { DATED_OPEN_BUCKETS } from '../model/due-status';
import type { LedgerRecord, TaskRecord } from '../model/records';
import { SETTINGS_STORE, readSettingsNatively, type StoredValues } from './setting-native';

/**
 * The first rows of this year's checklist as stored, read with IndexedDB itself (no Dexie, no zod) by the popup's
 * and side panel's classic script, so the read runs while the first frame is painted and the page's modules load
 * (lib/ui/checklist/early-rows.ts). What it means — which filters are on, which overdue order — is decided by the
 * module that takes it, with the settings' own guards; this only reads.
 */
export interface EarlyFirstRows {
  today: string;
  limit: number;
  /** The stored values of the settings the first render needs (NATIVE_SETTINGS), unchecked. */
  settings: StoredValues;
  /** Each dated section's first `limit` open tasks, earliest due first. */
  rows: Record<DatedBucket, TaskRecord[]>;
  /** 已逾期 latest first (the default order), read alongside so one round trip serves either order. */
  overdueLatestFirst: TaskRecord[];
  ledgers: Pick<LedgerRecord, 'id' | 'title'>[];
}

const STORES = [SETTINGS_STORE, 'tasks', 'ledgers'];
const INDEX = '[archived+done+due]';

type Later = (fn: (value: unknown) => void) => void;

function asked(request: IDBRequest): Later {
  return (fn) => {
    request.onsuccess = () => fn(request.result);
  };
}

/** Up to `count` values of a range, last first: getAllRecords where the browser has it, else a cursor. */
function lastFirst(index: IDBIndex, range: IDBKeyRange, count: number): Later {
  const withRecords = index as IDBIndex & {
    getAllRecords?: (o: { query: IDBKeyRange; count: number; direction: 'prev' }) => IDBRequest;
  };
  if (withRecords.getAllRecords) {
    const request = withRecords.getAllRecords({ query: range, count, direction: 'prev' });
    return (fn) => asked(request)((records) => fn((records as { value: unknown }[]).map((r) => r.value)));
  }
  const request = index.openCursor(range, 'prev');
  const values: unknown[] = [];
  return (fn) => {
    request.onsuccess = () => {
      const cursor = request.result;
      if (cursor && values.length < count) {
        values.push(cursor.value);
        cursor.continue();
      } else fn(values);
    };
  };
}

function readAll(db: IDBDatabase, today: string, limit: number): Promise<EarlyFirstRows> {
  const tx = db.transaction(STORES, 'readonly');
  const result: EarlyFirstRows = {
    today,
    limit,
    settings: {},
    rows: { overdue: [], week: [], month: [], later: [] },
    overdueLatestFirst: [],
    ledgers: [],
  };
  readSettingsNatively(tx, result.settings);
  asked(tx.objectStore('ledgers').getAll())((ledgers) => {
    result.ledgers = (ledgers as LedgerRecord[]).map(({ id, title }) => ({ id, title }));
  });
  const index = tx.objectStore('tasks').index(INDEX);
  const ranges = periodRanges(today, 'current');
  for (const id of DATED_OPEN_BUCKETS) {
    const wanted = ranges[id];
    if (!wanted) continue;
    const range = IDBKeyRange.bound(...dueKeys(0, wanted));
    asked(index.getAll(range, limit))((tasks) => (result.rows[id] = tasks as TaskRecord[]));
    if (id === 'overdue')
      lastFirst(index, range, limit)((tasks) => (result.overdueLatestFirst = tasks as TaskRecord[]));
  }
  return completed(tx, result);
}

/** This year's first rows as stored, or null (see readEarly). */
export function readEarlyFirstRows(today: string, limit: number): Promise<EarlyFirstRows | null> {
  return readEarly((db) => readAll(db, today, limit));
}
