import type { ReformDb } from './database';
import { DATED_OPEN_BUCKETS, type BucketId } from '../model/due-status';
import {
  DEFAULT_OVERDUE_ORDER,
  doneRanges,
  inPeriod,
  periodRanges,
  type ChecklistPeriod,
  type DayRange,
  type OverdueOrder,
} from '../checklist/period';
import { completeView, splitUndated, type ChecklistRest, type ChecklistView } from '../checklist/assemble';
import { hasActiveFilter, sortDepartments, taskFilter } from '../checklist/filters';
import { emptySections, groupRows, sortSection, toRow } from '../checklist/sections';
import type { ChecklistSections, SectionLimits } from '../checklist/sections';
import type { ChecklistFilters } from '../checklist/settings';
import { settings } from './setting-keys';
import { dueKeys } from './due-keys';
import type { EarlyFirstRows } from './early-first-rows';
import type { TaskRecord } from '../model/records';
import { ledgerDepartmentNames, readAliasLookup } from './alias-reads';
import { resolveDepartments, spellingsOf } from '../model/department-aliases';

type TaskCollection = ReturnType<ReformDb['tasks']['toCollection']>;

/** dueRange of a DayRange (from: null = every dated task up to `to`). */
function rangeOf(db: ReformDb, done: 0 | 1, range: DayRange): TaskCollection {
  return db.tasks.where('[archived+done+due]').between(...dueKeys(done, range), true, true);
}

/** Tasks not archived (归档 tasks are never in the checklist, badge or reminders) by due from..to inclusive (to: null = open end). */
export function dueRange(db: ReformDb, done: 0 | 1, from: string, to: string | null): TaskCollection {
  return rangeOf(db, done, { from, to });
}

export function undatedOpen(db: ReformDb): TaskCollection {
  return db.tasks.where('[archived+done+due]').equals([0, 0, '']);
}

export interface ChecklistQuery {
  today: string;
  filters: ChecklistFilters;
  limits: SectionLimits;
  /** This year's work (the default) or earlier years' open tasks. */
  period?: ChecklistPeriod;
  overdueOrder?: OverdueOrder;
}

/**
 * Ledger or department filters narrow the tasks to a small set through the 'ledgerId' or '*lead' index;
 * without them each section is its own [done+due] range, counted natively and read only up to its limit.
 */
function candidates(db: ReformDb, { filters, today, period = 'current' }: ChecklistQuery): TaskCollection | null {
  const wanted = (t: TaskRecordLike) => t.archived === 0 && inPeriod(t, period, today);
  if (filters.ledgerId !== null) return db.tasks.where('ledgerId').equals(filters.ledgerId).and(wanted);
  return departmentCandidates(db, filters.departments, filters.hidePartners === true)?.and(wanted) ?? null;
}

/** Tasks my departments lead, and (unless hidden) partner in, through the '*lead' and '*partners' indexes. */
export function departmentCandidates(
  db: ReformDb,
  spellings: readonly string[],
  hidePartners: boolean,
): TaskCollection | null {
  if (spellings.length === 0) return null;
  const lead = db.tasks.where('lead').anyOf(spellings as string[]);
  return (hidePartners ? lead : lead.or('partners').anyOf(spellings as string[])).distinct();
}

/**
 * The stored filters with "my departments" widened to every spelling of those units (their aliases), which is
 * what the task indexes hold. Needs the aliases table in the caller's transaction.
 */
export async function expandFilters(db: ReformDb, filters: ChecklistFilters): Promise<ChecklistFilters> {
  if (filters.departments.length === 0) return filters;
  return { ...filters, departments: spellingsOf(filters.departments, await readAliasLookup(db)) };
}

type TaskRecordLike = { archived: 0 | 1; due: string };

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
export function loadFirstRows(db: ReformDb, query: ChecklistQuery): Promise<ChecklistView> {
  const { today, limits, period = 'current', overdueOrder = DEFAULT_OVERDUE_ORDER } = query;
  return db.transaction('r', db.tasks, db.ledgers, db.aliases, async () => {
    const filters = await expandFilters(db, query.filters);
    const titles = ledgerTitleMap(db);
    const narrowed = candidates(db, { ...query, filters });
    if (narrowed) {
      const ledgerTitles = await titles;
      const tasks = await narrowed.and(taskFilter(filters, ledgerTitles)).toArray();
      return { sections: groupRows(tasks, today, limits, overdueOrder), ledgerTitles, pending: [] };
    }
    // Unfiltered, the titles are read alongside the rows; a search also matches ledger titles, so it waits for them.
    const filtered = hasActiveFilter(filters) ? narrowing(filters, await titles) : (c: TaskCollection) => c;
    const ranges = periodRanges(today, period);
    const sections = emptySections();
    await Promise.all([
      ...DATED_OPEN_BUCKETS.map(async (id) => {
        const wanted = ranges[id];
        if (!wanted) return;
        const range = rangeOf(db, 0, wanted);
        const latestFirst = id === 'overdue' && overdueOrder === 'recent';
        // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse: latest overdue first
        const tasks = await filtered(latestFirst ? range.reverse() : range)
          .limit(limits[id])
          .toArray();
        sections[id] = firstSection(id, tasks, today);
      }),
      limits.done > 0 && loadDone(db, filtered, query, limits.done).then((done) => (sections.done = done)),
    ]);
    return { sections, ledgerTitles: await titles, pending: pendingAfterFirst(limits) };
  });
}

const firstSection = (id: BucketId, tasks: TaskRecord[], today: string) => ({
  id,
  count: tasks.length,
  rows: tasks.map((t) => toRow(t, today)),
});

function pendingAfterFirst(limits: SectionLimits): BucketId[] {
  const pending: BucketId[] = [...DATED_OPEN_BUCKETS, 'undated'];
  return limits.done > 0 ? pending : [...pending, 'done'];
}

/**
 * loadFirstRows' answer from the rows the page's classic script read (lib/db/early-first-rows.ts), when they answer
 * the same query: this year, no filter, the first limits of every dated section and 已完成 closed. Null otherwise.
 */
export function firstRowsFromEarly(read: EarlyFirstRows, query: ChecklistQuery): ChecklistView | null {
  const { today, limits, period = 'current', overdueOrder = DEFAULT_OVERDUE_ORDER } = query;
  const sameLimits = DATED_OPEN_BUCKETS.every((id) => limits[id] === read.limit) && limits.done === 0;
  if (period !== 'current' || today !== read.today || !sameLimits || hasActiveFilter(query.filters)) return null;
  const sections = emptySections();
  for (const id of DATED_OPEN_BUCKETS) {
    const tasks = id === 'overdue' && overdueOrder === 'recent' ? read.overdueLatestFirst : read.rows[id];
    sections[id] = firstSection(id, tasks, today);
  }
  const ledgerTitles = new Map(read.ledgers.map((l) => [l.id, l.title]));
  return { sections, ledgerTitles, pending: pendingAfterFirst(limits) };
}

/** Step two: section counts and the open tasks without a stored date, in one pass over their range. */
export async function loadRest(db: ReformDb, query: ChecklistQuery): Promise<ChecklistRest | null> {
  const { today, filters, period = 'current' } = query;
  if (candidates(db, query)) return null;
  return db.transaction('r', db.tasks, db.ledgers, async () => {
    // No department filter here (that took the candidates path above), so no alias to expand.
    const ledgerTitles = await ledgerTitleMap(db);
    const filtered = narrowing(filters, ledgerTitles);
    const ranges = periodRanges(today, period);
    const counts = Object.fromEntries(
      await Promise.all([
        ...DATED_OPEN_BUCKETS.map(async (id) => {
          const wanted = ranges[id];
          return [id, wanted ? await filtered(rangeOf(db, 0, wanted)).count() : 0];
        }),
        countDone(db, filtered, query).then((n) => ['done', n]),
      ]),
    ) as ChecklistRest['counts'];
    // Undated and recurring tasks are this year's work; history has none.
    const undated = period === 'current' ? await filtered(undatedOpen(db)).toArray() : [];
    return { counts, ...splitUndated(undated.map((t) => toRow(t, today))) };
  });
}

async function countDone(
  db: ReformDb,
  filtered: (c: TaskCollection) => TaskCollection,
  { today, period = 'current' }: ChecklistQuery,
): Promise<number> {
  const counts = await Promise.all(doneRanges(today, period).map((r) => filtered(rangeOf(db, 1, r)).count()));
  return counts.reduce((a, b) => a + b, 0);
}

/** Both steps at once (tests, background). */
export async function loadChecklist(db: ReformDb, query: ChecklistQuery): Promise<ChecklistView> {
  const [first, rest] = await Promise.all([loadFirstRows(db, query), loadRest(db, query)]);
  return completeView(first, rest, query.today, query.limits, query.overdueOrder);
}

async function loadDone(
  db: ReformDb,
  filtered: (c: TaskCollection) => TaskCollection,
  query: ChecklistQuery,
  limit: number,
): Promise<ChecklistSections['done']> {
  const { today, period = 'current' } = query;
  const count = await countDone(db, filtered, query);
  const all = async () =>
    (await Promise.all(doneRanges(today, period).map((r) => filtered(rangeOf(db, 1, r)).toArray()))).flat();
  // Most recently finished first: a few done tasks are sorted in memory; many are walked newest-updated first.
  const tasks =
    count <= limit
      ? await all()
      : await filtered(
          db.tasks
            .orderBy('updatedAt')
            // oxlint-disable-next-line unicorn/no-array-reverse -- Dexie's Collection.reverse, not Array#reverse
            .reverse()
            .filter((t) => t.done === 1 && t.archived === 0 && inPeriod(t, period, today)),
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

/**
 * The units of every ledger for the "my departments" picker: those that lead and those that partner, read from
 * the index keys only, each alias resolved to its unit's one name.
 */
export async function pickerDepartments(db: ReformDb): Promise<string[]> {
  return db.transaction('r', db.tasks, db.aliases, async () => {
    const [names, lookup] = await Promise.all([ledgerDepartmentNames(db), readAliasLookup(db)]);
    return sortDepartments(resolveDepartments(names, lookup));
  });
}

export const readFilters = (db: ReformDb) => settings.filters.getValue(db);
export const readOverdueOrder = (db: ReformDb) => settings.overdueOrder.getValue(db);
