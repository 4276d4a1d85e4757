import type { EarlyFirstRows } from '../../db/early-first-rows';
import { takeEarlyRead, type EarlyRead } from '../first-paint/early-slot';

/**
 * The checklist's first rows, read by the classic script while the first frame paints and the modules load
 * (./start-early-rows.ts): without it IndexedDB would only open once Dexie had arrived and run, a hundred
 * milliseconds and more later on a slow computer. This side imports no reader, so the page's start code stays small.
 */
export type EarlyRows = EarlyRead<EarlyFirstRows>;

export const EARLY_ROWS_SLOT = 'reformLedgerEarlyRows';

export const takeEarlyRows = (): EarlyRows => takeEarlyRead(EARLY_ROWS_SLOT);
