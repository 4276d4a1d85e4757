import { Dexie } from 'dexie';
import type { ReformDb } from './database';
import { DATED_OPEN_BUCKETS, bucketRanges, type BucketId } from '../model/due-status';
import { completeView, splitUndated, type ChecklistRest, type ChecklistView } from '../checklist/assemble';
import { hasActiveFilter, sortDepartments, taskFilter } from '../checklist/filters';
import { emptySections, groupRows, sortSection, toRow } from '../checklist/sections';
import type { ChecklistSections, SectionLimits } from '../checklist/sections';
import type { ChecklistFilters } from '../checklist/settings';
import { settings } from './setting-keys';

type TaskCollection = ReturnType<ReformDb['tasks']['toCollection']>;

// '' (undated) sorts before every date, so dated ranges start here.
const FIRST_DAY = '0000-00-00';

/** Tasks not archived (归档 tasks are never in the checklist, badge or reminders) by due from..to inclusive (to: null = open end). */
export function dueRange(db: ReformDb, done: 0 | 1, from: string, to: string | null): TaskCollection {
  return db.tasks.where('[archived+done+due]').between([0, done, from], [0, done, to ?? Dexie.maxKey], true, true);
}

export function undatedOpen(db: ReformDb): TaskCollection {
  return db.tasks.where('[archived+done+due]').equals([0, 0, '']);
}

const active = (t: { archived: 0 | 1 }) => t.archived === 0;

/**
 * Ledger or department filters narrow the tasks to a small set through the 'ledgerId' or '*lead' index;
 * without them each section is its own [done+due] range, counted natively and read only up to its limit.
 */
function candidates(db: ReformDb, filters: ChecklistFilters): TaskCollection | null {
  if (filters.ledgerId !== null) return db.tasks.where('ledgerId').equals(filters.ledgerId).and(active);
  if (filters.departments.length > 0) return db.tasks.where('lead').anyOf(filters.departments).distinct().and(active);
  return null;
}

export interface ChecklistQuery {
  today: string;
  filters: ChecklistFilters;
  limits: SectionLimits;
}

async function ledgerTitleMap(db: ReformDb): Promise<Map<string, string>> {
  return new Map((await db.ledgers.toArray()).map((l) => [l.id, l.title]));
}

/** The predicate for what no index could narrow down; identity when nothing is filtered. */
function narrowing(filters: ChecklistFilters, ledgerTitles: Map<string, string>) {
  const accept = taskFilter(filters, ledgerTitles);
  return (c: TaskCollection) => (hasActiveFilter(filters) ? c.and(accept) : c);
}

/**
 * Step one, for the first paint: the first rows of each dated section (and of 已完成 when it is open), read with
 * limits in one transaction. A ledger or department filter leaves a small set, read whole through its index.
 */
export function loadFirstRows(db: ReformDb, { today, filters, limits }: ChecklistQuery): Promise<ChecklistView> {
  return db.transaction('r', db.tasks, db.ledgers, async () => {
    const titles = ledgerTitleMap(db);
    const narrowed = candidates(db, filters);
    if (narrowed) {
      const ledgerTitles = await titles;
      const tasks = await narrowed.and(taskFilter(filters, ledgerTitles)).toArray();
      return { sections: groupRows(tasks, today, limits), ledgerTitles, pending: [] };
    }
    // Unfiltered, the titles are read alongside the rows; a search also matches ledger titles, so it waits for them.
    const filtered = hasActiveFilter(filters) ? narrowing(filters, await titles) : (c: TaskCollection) => c;
    const ranges = bucketRanges(today);
    const sections = emptySections();
    await Promise.all([
      ...DATED_OPEN_BUCKETS.map(async (id) => {
        const range = dueRange(db, 0, ranges[id].from ?? FIRST_DAY, ranges[id].to);
        // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse: latest overdue first
        const tasks = await filtered(id === 'overdue' ? range.reverse() : range)
          .limit(limits[id])
          .toArray();
        sections[id] = { id, count: tasks.length, rows: tasks.map((t) => toRow(t, today)) };
      }),
      limits.done > 0 && loadDone(db, filtered, today, limits.done).then((done) => (sections.done = done)),
    ]);
    const pending: BucketId[] = [...DATED_OPEN_BUCKETS, 'undated'];
    return { sections, ledgerTitles: await titles, pending: limits.done > 0 ? pending : [...pending, 'done'] };
  });
}

/** Step two: section counts and the open tasks without a stored date, in one pass over their range. */
export async function loadRest(db: ReformDb, { today, filters }: ChecklistQuery): Promise<ChecklistRest | null> {
  if (candidates(db, filters)) return null;
  return db.transaction('r', db.tasks, db.ledgers, async () => {
    const ledgerTitles = await ledgerTitleMap(db);
    const filtered = narrowing(filters, ledgerTitles);
    const ranges = bucketRanges(today);
    const counts = Object.fromEntries(
      await Promise.all([
        ...DATED_OPEN_BUCKETS.map(async (id) => [
          id,
          await filtered(dueRange(db, 0, ranges[id].from ?? FIRST_DAY, ranges[id].to)).count(),
        ]),
        filtered(dueRange(db, 1, '', null))
          .count()
          .then((n) => ['done', n]),
      ]),
    ) as ChecklistRest['counts'];
    const undated = await filtered(undatedOpen(db)).toArray();
    return { counts, ...splitUndated(undated.map((t) => toRow(t, today))) };
  });
}

/** Both steps at once (tests, background). */
export async function loadChecklist(db: ReformDb, query: ChecklistQuery): Promise<ChecklistView> {
  const [first, rest] = await Promise.all([loadFirstRows(db, query), loadRest(db, query)]);
  return completeView(first, rest, query.today, query.limits);
}

async function loadDone(
  db: ReformDb,
  filtered: (c: TaskCollection) => TaskCollection,
  today: string,
  limit: number,
): Promise<ChecklistSections['done']> {
  const all = () => filtered(dueRange(db, 1, '', null));
  const count = await all().count();
  // Most recently finished first: a few done tasks are sorted in memory; many are walked newest-updated first.
  const tasks =
    count <= limit
      ? await all().toArray()
      : await filtered(
          db.tasks
            .orderBy('updatedAt')
            // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse, not Array#reverse
            .reverse()
            .filter((t) => t.done === 1 && t.archived === 0),
        )
          .limit(limit)
          .toArray();
  return {
    id: 'done',
    count,
    rows: sortSection(
      'done',
      tasks.map((t) => toRow(t, today)),
    ).slice(0, limit),
  };
}

/** Lead departments of every ledger, read from the '*lead' index keys only. */
export async function leadDepartments(db: ReformDb): Promise<string[]> {
  return sortDepartments((await db.tasks.orderBy('lead').uniqueKeys()) as string[]);
}

export const readFilters = (db: ReformDb) => settings.filters.getValue(db);
