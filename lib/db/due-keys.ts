import type { DayRange } from '../checklist/period';

// '' (undated) sorts before every date, so dated ranges start here.
const FIRST_DAY = '0000-00-00';
// Arrays sort after every string in IndexedDB: the open end of a due range (Dexie.maxKey is the same).
const AFTER_EVERY_DAY: never[] = [];

export type DueKey = [archived: 0, done: 0 | 1, due: string | never[]];

/** Bounds, inclusive, of the '[archived+done+due]' index for tasks not archived, due within `range`. */
export function dueKeys(done: 0 | 1, range: DayRange): [DueKey, DueKey] {
  return [
    [0, done, range.from ?? FIRST_DAY],
    [0, done, range.to ?? AFTER_EVERY_DAY],
  ];
}
