import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { BUCKETS, type BucketId } from '../../model/due-status';
import { FIRST_ROWS, MORE_ROWS, initialLimits } from '../../checklist/row-limits';
import type { EarlyRows } from './early-rows';
import type { SectionLimits } from '../../checklist/sections';
import { useLiveQueryOf } from '../use-live-query';
import { checklistData, loadedChecklistData, type ChecklistData } from './actions';
import type { EarlyFirstRows } from '../../db/early-first-rows';
import { readFirstPaint, saveFirstPaint } from './first-paint-store';
import type { ChecklistPeriod } from '../../checklist/period';

// The snapshot paints a screenful per section: more rows only cost the first paint, and live rows follow at once.
const SNAPSHOT_ROWS = 6;

const snapshotLimits = Object.fromEntries(
  BUCKETS.map((id) => [id, id === 'done' ? 0 : SNAPSHOT_ROWS]),
) as SectionLimits;

type FirstStep = Awaited<ReturnType<ChecklistData['firstStep']>>;

/**
 * The first step as the classic script read it (./early-rows.ts), until the live query answers: the same rows, in
 * one IndexedDB round trip that began before the modules had loaded. When the read is in by the first render (the
 * page mounts once its database module has loaded: ./start-page.ts) that render shows it; a read that does not fit
 * what the page asks (a filter is on, say) is dropped.
 */
function useEarlyFirstStep(early: EarlyRows | undefined, today: string, limits: SectionLimits): FirstStep | undefined {
  const fromRead = (read: EarlyFirstRows | null | undefined, data: ChecklistData | undefined) =>
    (read && data?.firstStepFromEarly(read, today, limits)) ?? undefined;
  const [step, setStep] = useState(() => fromRead(early?.settled, loadedChecklistData()));
  useLayoutEffect(() => {
    if (!early || step || early.settled === null) return;
    let cancelled = false;
    Promise.all([early.read, checklistData()])
      .then(([read, data]) => !cancelled && setStep(fromRead(read, data)))
      .catch((e: unknown) => console.warn('early rows', e));
    return () => {
      cancelled = true;
    };
    // Only the first render's query can be answered by the read made before it.
    // oxlint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return step;
}

/**
 * The checklist of one page, live: a check-off, note or filter change in any page (popup, side panel, options)
 * re-runs the queries here. The first rows of the dated sections paint first; counts, 待定 and recurring tasks
 * are read once those are in, so they do not hold the first rows back.
 */
export function useChecklist(today: string, period: ChecklistPeriod = 'current', early?: EarlyRows) {
  const [limits, setLimits] = useState(initialLimits);
  const live = useLiveQueryOf(checklistData, (data) => data.firstStep(today, limits, period), [today, limits, period]);
  const earlyStep = useEarlyFirstStep(early, today, limits);
  // Rows the last page showed today paint at once (unless the early read already has the live ones); the live query
  // below replaces them as soon as it answers.
  const [snapshot] = useState(() => (earlyStep ? null : readFirstPaint(today)));
  // Only this year's view stands in for the next open, which always starts on this year's work.
  const current = live && live.period === period ? live : period === 'current' ? earlyStep : undefined;
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
  const [loaded, setLoaded] = useState<ChecklistData | null>(() => loadedChecklistData() ?? null);
  useLayoutEffect(() => {
    if (loaded) return;
    checklistData()
      .then(setLoaded)
      .catch((e: unknown) => console.warn('checklist', e));
    // oxlint-disable-next-line react-hooks/exhaustive-deps -- once: the module never unloads
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
