import { readEarlyFirstRows, type EarlyFirstRows } from '../../db/early-first-rows';
import { FIRST_ROWS } from '../../checklist/row-limits';
import { putEarlyRead, takeEarlyRead, type EarlyRead } from '../first-paint/early-slot';

/**
 * The checklist's first rows, read by the classic script while the first frame paints and the modules load: without
 * it IndexedDB would only open once Dexie had arrived and run, a hundred milliseconds and more later on a slow
 * computer.
 */
export type EarlyRows = EarlyRead<EarlyFirstRows>;

const SLOT = 'reformLedgerEarlyRows';

export const startEarlyRows = (today: string): void => putEarlyRead(SLOT, readEarlyFirstRows(today, FIRST_ROWS));

export const takeEarlyRows = (): EarlyRows => takeEarlyRead(SLOT);
