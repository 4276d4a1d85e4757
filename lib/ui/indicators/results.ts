import type { CatalogTarget, IndicatorDef } from '../../model/indicator/schema';
import type { MonthlyEntry } from '../../model/indicator/aggregate';
import type { Month } from '../../model/month';
import { evaluateIndicator, type IndicatorEvaluation } from '../../model/indicator/evaluate';
import { projectIndicator, type Projection } from '../../indicators/projection';
import { targetFor } from '../../model/indicator/targets';

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
