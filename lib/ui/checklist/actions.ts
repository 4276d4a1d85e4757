import type { FilterPatch } from './checklist-data';
import type { OverdueOrder } from '../../checklist/period';

export type { FilterPatch } from './checklist-data';

/** The checklist's database module, loaded on first use (see checklist-data.ts). */
export const checklistData = () => import('./checklist-data').then((data) => (loaded = data));
export type ChecklistData = typeof import('./checklist-data');

let loaded: ChecklistData | undefined;

/** The database module if it has loaded: the popup and side panel mount once it has (./start-page.ts). */
export const loadedChecklistData = (): ChecklistData | undefined => loaded;

/** `seen`: the due date each row showed, so a recurring duty's second tick of one row completes no second period. */
export async function markDone(ids: string[], done: boolean, seen?: Record<string, string>): Promise<void> {
  await (await checklistData()).markDone(ids, done, seen);
}

export async function saveNote(id: string, text: string): Promise<void> {
  await (await checklistData()).saveNote(id, text);
}

export async function updateFilters(patch: FilterPatch): Promise<void> {
  await (await checklistData()).updateFilters(patch);
}

export async function setOverdueOrder(order: OverdueOrder): Promise<void> {
  await (await checklistData()).setOverdueOrder(order);
}
