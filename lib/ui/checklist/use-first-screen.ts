import { useEffect, useState } from 'preact/hooks';

// No row is shorter than this (title, units and due date lines): a screen never holds more rows than this allows.
const MIN_ROW_PX = 48;

/**
 * How many rows the page renders now: until the live rows have been on screen once, only as many as the window
 * can show, so the first live frame costs a screenful of rows instead of every section's first fifteen; the rest
 * (below the fold, where they shift nothing in view) render right after that frame.
 */
export function useFirstScreenRows(live: boolean): number {
  const [shown, setShown] = useState(false);
  // An effect runs once the frame is painted, so this render is the one after the first live frame.
  useEffect(() => {
    if (live) setShown(true);
  }, [live]);
  return shown ? Infinity : Math.ceil(innerHeight / MIN_ROW_PX);
}

/** Rows to render in each open section, in page order, out of `budget` rows in all. */
export function rowsPerSection<K extends string>(
  order: readonly K[],
  rows: (id: K) => number,
  budget: number,
): Record<K, number> {
  let left = budget;
  const shown = {} as Record<K, number>;
  for (const id of order) {
    shown[id] = Math.min(rows(id), left);
    left -= shown[id];
  }
  return shown;
}
