import { useEffect, useMemo, useState } from 'preact/hooks';
import { BUCKETS, type BucketId } from '../../model/due-status';
import type { SectionLimits } from '../../checklist/sections';
import { useLiveQueryOf } from '../use-live-query';
import { checklistData, type ChecklistData } from './actions';
import { readFirstPaint, saveFirstPaint } from './first-paint-store';
import type { ChecklistPeriod } from '../../checklist/period';

// About two popups' worth of rows per section; more come with "show more".
export const FIRST_ROWS = 15;
export const MORE_ROWS = 50;
// The snapshot paints a screenful per section: more rows only cost the first paint, and live rows follow at once.
const SNAPSHOT_ROWS = 6;

const snapshotLimits = Object.fromEntries(
  BUCKETS.map((id) => [id, id === 'done' ? 0 : SNAPSHOT_ROWS]),
) as SectionLimits;

function initialLimits(): SectionLimits {
  const limits = Object.fromEntries(BUCKETS.map((id) => [id, FIRST_ROWS])) as SectionLimits;
  // 已完成 starts collapsed: only its count is read.
  limits.done = 0;
  return limits;
}

/**
 * The checklist of one page, live: a check-off, note or filter change in any page (popup, side panel, options)
 * re-runs the queries here. The first rows of the dated sections paint first; counts, 待定 and recurring tasks
 * are read once those are in, so they do not hold the first rows back.
 */
export function useChecklist(today: string, period: ChecklistPeriod = 'current') {
  const [limits, setLimits] = useState(initialLimits);
  // Rows the last page showed today paint at once; the live query below replaces them as soon as it answers.
  const [snapshot] = useState(() => readFirstPaint(today));
  const live = useLiveQueryOf(checklistData, (data) => data.firstStep(today, limits, period), [today, limits, period]);
  // Only this year's view stands in for the next open, which always starts on this year's work.
  const current = live && live.period === period ? live : undefined;
  useEffect(() => {
    if (current && period === 'current') saveFirstPaint(current, today, snapshotLimits);
  }, [current, today, period]);
  const first = current ?? (period === 'current' ? snapshot : null);
  const started = current !== undefined;
  const restOf = useLiveQueryOf(
    checklistData,
    async (data) => (started ? data.restStep(today, limits, period) : undefined),
    [today, limits, started, period],
  );
  const rest = restOf?.period === period ? restOf.rest : undefined;
  // Completing the view needs the deadline parser (recurring tasks' next dates): it comes with the database module,
  // which the second step's rows come from anyway, so the first paint does not load it.
  const [loaded, setLoaded] = useState<ChecklistData | null>(null);
  useEffect(() => {
    checklistData()
      .then(setLoaded)
      .catch((e: unknown) => console.warn('checklist', e));
  }, []);
  const data = useMemo(
    () => first && (loaded ? loaded.completeView(first, rest, today, limits, first.overdueOrder) : first),
    [loaded, first, rest, today, limits],
  );
  const showMore = (id: BucketId) => setLimits((l) => ({ ...l, [id]: Math.max(l[id], FIRST_ROWS) + MORE_ROWS }));
  const setOpen = (id: BucketId, open: boolean) =>
    setLimits((l) => ({ ...l, [id]: open ? Math.max(l[id], FIRST_ROWS) : id === 'done' ? 0 : l[id] }));
  // Live rows in and the view completed: what the page copy of the last open stands in for (lib/ui/first-paint).
  const complete = started && loaded !== null;
  return { data, live: started, complete, showMore, setOpen };
}
