import type { DocumentRecord, TargetRecord } from '../model/records';
import type { IndicatorDef } from '../model/indicator/schema';
import type { DatedTarget } from './target-timeline';

/** A stored document target as the catalog's target shape ('>' and '<' are read as their bounds). */
export function toCatalogTarget(t: TargetRecord, doc: DocumentRecord | undefined): DatedTarget {
  const meta = { by: t.by, source: doc?.title ?? null, clause: t.clause, issued: doc?.issued ?? null };
  if (t.op === 'between') return { op: 'between', min: t.value, max: t.max ?? t.value, ...meta };
  if (t.op === '=') return { op: 'between', min: t.value, max: t.value, ...meta };
  return { op: t.op === '>' || t.op === '>=' ? '>=' : '<=', value: t.value, ...meta };
}

/**
 * Each indicator with the targets documents added for it, after its own: every earlier document's target is kept
 * with its source, and the timeline lets the latest one apply.
 */
export function withDocumentTargets(
  defs: readonly IndicatorDef[],
  targets: readonly TargetRecord[],
  documents: readonly DocumentRecord[],
): IndicatorDef[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  return defs.map((def) => {
    const extra = targets.filter((t) => t.indicatorId === def.id);
    if (extra.length === 0) return def;
    return {
      ...def,
      targets: [
        ...def.targets,
        ...extra.map((t) => toCatalogTarget(t, t.documentId ? docs.get(t.documentId) : undefined)),
      ],
    };
  });
}
