import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { loadFirstRows, loadRest, readFilters } from '../../db/checklist-queries';
import { completeView } from '../../checklist/assemble';
import { BUCKETS, type BucketId } from '../../checklist/buckets';
import type { SectionLimits } from '../../checklist/sections';
import { useLiveQuery } from '../use-live-query';
import { readFirstPaint, saveFirstPaint } from './first-paint-store';

// About two popups' worth of rows per section; more come with "show more".
export const FIRST_ROWS = 15;
export const MORE_ROWS = 50;

function initialLimits(): SectionLimits {
  const limits = Object.fromEntries(BUCKETS.map((id) => [id, FIRST_ROWS])) as SectionLimits;
  // 已完成 starts collapsed: only its count is read.
  limits.done = 0;
  return limits;
}

async function query(today: string, limits: SectionLimits) {
  const db = getDb();
  return { db, q: { today, filters: await readFilters(db), limits } };
}

/** The filters and the first rows in one read transaction: one round trip fewer before the first paint. */
function firstStep(today: string, limits: SectionLimits) {
  const db = getDb();
  return db.transaction('r', db.settings, db.tasks, db.ledgers, async () => {
    const q = { today, filters: await readFilters(db), limits };
    return { filters: q.filters, ...(await loadFirstRows(db, q)) };
  });
}

/**
 * The checklist of one page, live: a check-off, note or filter change in any page (popup, side panel, options)
 * re-runs the queries here. The first rows of the dated sections paint first; counts, 待定 and recurring tasks
 * are read once those are in, so they do not hold the first rows back.
 */
export function useChecklist(today: string) {
  const [limits, setLimits] = useState(initialLimits);
  // Rows the last page showed today paint at once; the live query below replaces them as soon as it answers.
  const [snapshot] = useState(() => readFirstPaint(today));
  const live = useLiveQuery(() => firstStep(today, limits), [today, limits]);
  useEffect(() => {
    if (live) saveFirstPaint(live, today, initialLimits());
  }, [live, today]);
  const first = live ?? (snapshot ?? undefined);
  const started = live !== undefined;
  const rest = useLiveQuery(async () => {
    if (!started) return undefined;
    const { db, q } = await query(today, limits);
    return loadRest(db, q);
  }, [today, limits, started]);
  const data = useMemo(() => first && completeView(first, rest, today, limits), [first, rest, today, limits]);
  const showMore = (id: BucketId) => setLimits((l) => ({ ...l, [id]: Math.max(l[id], FIRST_ROWS) + MORE_ROWS }));
  const setOpen = (id: BucketId, open: boolean) =>
    setLimits((l) => ({ ...l, [id]: open ? Math.max(l[id], FIRST_ROWS) : id === 'done' ? 0 : l[id] }));
  return { data, live: started, showMore, setOpen };
}
