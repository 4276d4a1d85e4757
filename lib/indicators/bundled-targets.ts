import type { IndicatorDef } from '../model/indicator/schema';
import type { TargetRecord } from '../model/records';
import { BUNDLED_TARGET_PREFIX } from './document-targets';

/** A bundled document as the catalog names it: `source` of a catalog target is the document's file. */
export interface BundledDocumentRef {
  id: string;
  file: string;
}

/**
 * The bundled catalog's targets as records of the targets table, each with its document and clause, so the
 * catalog's targets and those users add from their own documents come from one place. Ids are stable (indicator
 * and position), so seeding again on every update adds only what is missing.
 */
export function bundledTargetRecords(
  defs: readonly IndicatorDef[],
  documents: readonly BundledDocumentRef[],
  now: number,
): TargetRecord[] {
  const byFile = new Map(documents.map((d) => [d.file, d.id]));
  return defs.flatMap((def) =>
    def.targets.flatMap((t, i): TargetRecord[] => {
      const documentId = t.source ? byFile.get(t.source) : undefined;
      if (!documentId) return [];
      const bounds =
        t.op === 'between'
          ? { op: 'between' as const, value: t.min, max: t.max }
          : { op: t.op, value: t.value, max: null };
      return [
        {
          id: `${BUNDLED_TARGET_PREFIX}${def.id}-${i + 1}`,
          indicatorId: def.id,
          documentId,
          clause: t.clause,
          subject: def.name,
          ...bounds,
          unit: def.unit,
          by: t.by,
          createdAt: now,
        },
      ];
    }),
  );
}
