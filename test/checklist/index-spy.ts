import type { DBCoreQuery } from 'dexie';
import type { ReformDb } from '../../lib/db/database';

export interface TaskRead {
  index: string;
  range: 'equal' | 'range' | 'any' | 'never';
  limit?: number;
  values: boolean;
}

const RANGE = { 1: 'equal', 2: 'range', 3: 'any', 4: 'never' } as const;

/** Records every cursor, query and count on the tasks table, so a test can show which index answered it. */
export async function spyOnTaskReads(db: ReformDb): Promise<TaskRead[]> {
  const reads: TaskRead[] = [];
  // Middleware applies from the next open.
  db.close();
  const record = (query: DBCoreQuery, values: boolean, limit?: number) =>
    reads.push({ index: query.index.name || ':id', range: RANGE[query.range.type], limit, values });
  db.use({
    stack: 'dbcore',
    name: 'task-read-spy',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'tasks') return table;
        return {
          ...table,
          query: (req) => (record(req.query, req.values ?? false, req.limit), table.query(req)),
          openCursor: (req) => (record(req.query, req.values ?? false), table.openCursor(req)),
          count: (req) => (record(req.query, false), table.count(req)),
        };
      },
    }),
  });
  await db.open();
  return reads;
}

/** A read that visits every task: the primary key or any index over its whole range. */
export const fullScans = (reads: TaskRead[]) => reads.filter((r) => r.range === 'any' && r.limit === undefined);
