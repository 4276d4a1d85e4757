import { getDb } from '../../db/database';
export { completeView } from '../../checklist/assemble';
import {
  expandFilters,
  firstRowsFromEarly,
  loadFirstRows,
  loadRest,
  pickerDepartments,
  readFilters,
  readOverdueOrder,
} from '../../db/checklist-queries';
import { setDone, addNote } from '../../db/task-actions';
import { settings } from '../../db/setting-keys';
import { SETTINGS_TABLE } from '../../db/setting';
import { localDay } from '../../model/calendar';
import type { EarlyFirstRows } from '../../db/early-first-rows';
import { NATIVE_SETTINGS, valueOf } from '../../db/setting-native';
import type { ChecklistFilters } from '../../checklist/settings';
import type { SectionLimits } from '../../checklist/sections';
import type { ChecklistPeriod, OverdueOrder } from '../../checklist/period';
import { CHECKLIST_CHANGED, tellBackground } from '../../background/messages';

/**
 * Everything the checklist reads from and writes to IndexedDB. The popup loads this module (and Dexie with it)
 * on demand, so its first rows can paint from the snapshot while the database code is still loading.
 */

export const openDatabase = () => getDb().open();

/** The filters and the first rows in one read transaction: one round trip fewer before the first paint. */
export function firstStep(today: string, limits: SectionLimits, period: ChecklistPeriod = 'current') {
  const db = getDb();
  return db.transaction('r', SETTINGS_TABLE, db.tasks, db.ledgers, db.aliases, async () => {
    const [filters, overdueOrder] = await Promise.all([readFilters(db), readOverdueOrder(db)]);
    const q = { today, filters, limits, period, overdueOrder };
    // Every spelling of my departments, so each row can say whether they lead it (牵头) or partner in it (配合).
    const mine = (await expandFilters(db, filters)).departments;
    return { filters, overdueOrder, period, mine, ...(await loadFirstRows(db, q)) };
  });
}

/**
 * firstStep's answer from the rows the classic script read before the modules loaded (./early-rows.ts), or null
 * when they do not answer this query (a filter is on, say): then the page waits for firstStep.
 */
export function firstStepFromEarly(read: EarlyFirstRows, today: string, limits: SectionLimits) {
  const filters = valueOf(NATIVE_SETTINGS.filters, read.settings);
  const overdueOrder = valueOf(NATIVE_SETTINGS.overdueOrder, read.settings);
  const view = firstRowsFromEarly(read, { today, filters, limits, overdueOrder });
  // No filter is on, so no department of mine to mark rows with.
  return view && { filters, overdueOrder, period: 'current' as const, mine: filters.departments, ...view };
}

export async function restStep(today: string, limits: SectionLimits, period: ChecklistPeriod = 'current') {
  const db = getDb();
  const [filters, overdueOrder] = await Promise.all([readFilters(db), readOverdueOrder(db)]);
  return { period, rest: await loadRest(db, { today, filters, limits, period, overdueOrder }) };
}

/** The overdue section's order, stored for every page (popup, side panel). */
export async function setOverdueOrder(order: OverdueOrder): Promise<void> {
  await settings.overdueOrder.setValue(getDb(), order);
}

export const departments = () => pickerDepartments(getDb());

/** Page-side writes: each one validates, writes, then wakes the worker so the badge follows at once. */
export async function markDone(ids: string[], done: boolean, seen?: Record<string, string>): Promise<void> {
  await setDone(getDb(), ids, done, localDay(), Date.now(), seen);
  await tellBackground(CHECKLIST_CHANGED);
}

export async function saveNote(id: string, text: string): Promise<void> {
  await addNote(getDb(), id, text);
}

/**
 * Changes some filter fields and keeps the others as stored, read and written in one transaction: two quick
 * changes (type a search, then pick a ledger) must not undo each other through a page's not-yet-updated copy.
 */
export type FilterPatch = Partial<ChecklistFilters> | ((stored: ChecklistFilters) => Partial<ChecklistFilters>);

export async function updateFilters(patch: FilterPatch): Promise<void> {
  const db = getDb();
  // The schema (and zod with it) loads on the first change, not with the popup (see setting-keys.ts).
  const departmentsChanged = await db.transaction('rw', SETTINGS_TABLE, async () => {
    const previous = await readFilters(db);
    const next = { ...previous, ...(typeof patch === 'function' ? patch(previous) : patch) };
    await settings.filters.setValue(db, next);
    return (
      next.departments.join('\n') !== previous.departments.join('\n') || next.hidePartners !== previous.hidePartners
    );
  });
  // "My departments" (and whether their partner rows count) also limit the badge; search and ledger do not.
  if (departmentsChanged) await tellBackground(CHECKLIST_CHANGED);
}
