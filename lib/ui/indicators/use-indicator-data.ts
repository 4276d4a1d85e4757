import { getDb } from '../../db/database';
import { catalogWithTargets } from '../../db/custom-indicators';
import type { FigureRecord, UnitRecord } from '../../model/records';
import { allUnits } from '../../db/units';
import type { IndicatorDef } from '../../model/indicator/schema';
import { useLiveQuery } from '../use-live-query';

export interface IndicatorData {
  units: UnitRecord[];
  figures: FigureRecord[];
  defs: IndicatorDef[];
  /** Source document file → its issuer, from the seeded ledgers, to name where a target comes from. */
  sources: Map<string, string>;
}

/** Units, all their figures (a county's units × months is small) and the merged catalog, live. */
export function useIndicatorData(): IndicatorData | undefined {
  return useLiveQuery(() => {
    const db = getDb();
    return db.transaction(
      'r',
      [db.units, db.figures, db.indicators, db.ledgers, db.documents, db.targets],
      async () => {
        const units = await allUnits(db);
        const figures = await db.figures.toArray();
        const documents = await db.documents.toArray();
        // Every document's targets come from the targets table; the timeline lets the latest apply.
        const defs = await catalogWithTargets(db);
        const ledgers = await db.ledgers.toArray();
        const sources = new Map([
          ...ledgers.flatMap((l) => (l.source ? [[l.source, l.issuer || l.title] as const] : [])),
          ...documents.map((d) => [d.title, d.title] as const),
        ]);
        return { units, figures, defs, sources };
      },
    );
  }, []);
}
