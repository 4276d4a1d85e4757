import type { CatalogTarget, IndicatorDef } from '../../indicators/schema';
import type { MonthlyEntry } from '../../indicators/aggregate';
import type { Month } from '../../indicators/month';
import { evaluateIndicator, type IndicatorEvaluation } from '../../indicators/evaluate';
import { projectIndicator, type Projection } from '../../indicators/projection';
import { targetFor } from '../../indicators/targets';

export interface IndicatorResult {
  def: IndicatorDef;
  target: CatalogTarget;
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
    const target = targetFor(def, asOf)!;
    return {
      def,
      target,
      evaluation: evaluateIndicator(def, entries, { asOf }),
      projection: projectIndicator(def, entries, { asOf }),
    };
  });
}
