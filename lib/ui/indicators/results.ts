import type { CatalogTarget, IndicatorDef } from '../../model/indicator/schema';
import type { MonthlyEntry } from '../../model/indicator/aggregate';
import type { Month } from '../../model/month';
import { evaluateIndicator, type IndicatorEvaluation } from '../../model/indicator/evaluate';
import { projectIndicator, type Projection } from '../../indicators/projection';
import { targetTimeline } from '../../indicators/target-timeline';

export interface IndicatorResult {
  def: IndicatorDef;
  /** The target that applies at asOf; when every deadline has passed, the latest one (`expired`). */
  target: CatalogTarget;
  expired: boolean;
  next: CatalogTarget | null;
  history: CatalogTarget[];
  evaluation: IndicatorEvaluation;
  projection: Projection;
}

/** Every indicator evaluated at asOf on the entries of the unit in view (its own or its children's sums). */
export function indicatorResults(
  defs: readonly IndicatorDef[],
  entriesFor: (def: IndicatorDef) => MonthlyEntry[],
  asOf: Month,
): IndicatorResult[] {
  return defs.map((def) => {
    const entries = entriesFor(def);
    const timeline = targetTimeline(def.targets, asOf);
    const target = timeline.current ?? timeline.history[0]!;
    return {
      def,
      target,
      expired: timeline.current === null,
      next: timeline.next,
      history: timeline.current === null ? timeline.history.slice(1) : timeline.history,
      evaluation: evaluateIndicator(def, entries, { asOf, target }),
      projection: projectIndicator(def, entries, { asOf, target, by: target.by }),
    };
  });
}
