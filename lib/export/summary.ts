import type { GroupSummary, TaskRow } from './types';

function summarize(name: string, rows: readonly TaskRow[]): GroupSummary {
  let done = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const row of rows) {
    if (row.status === 'done') done++;
    else if (row.status === 'overdue') overdue++;
    else if (row.status === 'due-soon') dueSoon++;
  }
  return { name, total: rows.length, done, overdue, dueSoon, rate: rows.length === 0 ? null : done / rows.length };
}

function groupBy(rows: readonly TaskRow[], keysOf: (row: TaskRow) => string[]): Map<string, TaskRow[]> {
  const groups = new Map<string, TaskRow[]>();
  for (const row of rows) {
    for (const key of keysOf(row)) {
      const list = groups.get(key);
      if (list) list.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}

export const totalSummary = (rows: readonly TaskRow[]) => summarize('合计', rows);

/** One line per ledger, in the rows' (ledger) order. */
export function ledgerSummaries(rows: readonly TaskRow[]): GroupSummary[] {
  return [...groupBy(rows, (r) => [r.ledgerTitle])].map(([name, list]) => summarize(name, list));
}

/**
 * One line per lead department; a task led jointly counts for each of its leads, so the lines can add up to
 * more than the total. Tasks without a lead are grouped under 未指定.
 */
export function departmentSummaries(rows: readonly TaskRow[]): GroupSummary[] {
  const groups = groupBy(rows, (r) => (r.leads.length === 0 ? ['未指定'] : r.leads));
  return [...groups]
    .map(([name, list]) => summarize(name, list))
    .sort((a, b) => b.overdue - a.overdue || b.total - a.total || a.name.localeCompare(b.name, 'zh'));
}
