import type { FilterPatch } from './checklist-data';
import type { OverdueOrder } from '../../checklist/period';

export type { FilterPatch } from './checklist-data';

/** The checklist's database module, loaded on first use (see checklist-data.ts). */
export const checklistData = () => import('./checklist-data');
export type ChecklistData = Awaited<ReturnType<typeof checklistData>>;

export async function markDone(ids: string[], done: boolean): Promise<void> {
  await (await checklistData()).markDone(ids, done);
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
