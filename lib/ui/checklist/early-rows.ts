import { readEarlyFirstRows, type EarlyFirstRows } from '../../db/early-first-rows';
import { FIRST_ROWS } from '../../checklist/row-limits';

/**
 * The first rows, read by the classic script (entrypoints/first-paint.ts) while the first frame paints and the
 * modules load: without it IndexedDB would only open once Dexie had arrived and run, a hundred milliseconds and
 * more later on a slow computer. The classic script and the modules are separate bundles, so the read waits for the
 * modules on window; `settled` lets the page's first render use it at once when it is already in.
 */
export interface EarlyRows {
  read: Promise<EarlyFirstRows | null>;
  settled?: EarlyFirstRows | null;
}

declare global {
  interface Window {
    reformLedgerEarlyRows?: EarlyRows;
  }
}

export function startEarlyRows(today: string): void {
  const early: EarlyRows = { read: readEarlyFirstRows(today, FIRST_ROWS) };
  void early.read.then((read) => (early.settled = read));
  window.reformLedgerEarlyRows = early;
}

/** The classic script's read, once (null without one): every later render reads for itself, live. */
export function takeEarlyRows(): EarlyRows {
  const early = window.reformLedgerEarlyRows ?? { read: Promise.resolve(null), settled: null };
  delete window.reformLedgerEarlyRows;
  return early;
}
