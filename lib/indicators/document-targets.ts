import type { DocumentRecord, TargetRecord } from '../model/records';
import type { CatalogTarget, IndicatorDef } from '../model/indicator/schema';
import type { DatedTarget } from './target-timeline';

/** Ids of the bundled documents' targets in the targets table (seeded on install, see bundled-targets.ts). */
export const BUNDLED_TARGET_PREFIX = 'target-seed-';

/** A stored document target as the catalog's target shape ('>' and '<' are read as their bounds). */
export function toCatalogTarget(t: TargetRecord, doc: DocumentRecord | undefined): DatedTarget {
  const meta = { by: t.by, source: doc?.title ?? null, clause: t.clause, issued: doc?.issued ?? null };
  if (t.op === 'between') return { op: 'between', min: t.value, max: t.max ?? t.value, ...meta };
  if (t.op === '=') return { op: 'between', min: t.value, max: t.value, ...meta };
  return { op: t.op === '>' || t.op === '>=' ? '>=' : '<=', value: t.value, ...meta };
}

const bounds = (t: CatalogTarget) => (t.op === 'between' ? `${t.min}~${t.max}` : `${t.op}${t.value}`);
// A definition keeps at most 500 characters of a clause; the table keeps more.
const clause = (t: CatalogTarget) => t.clause.replace(/\s+/g, '').slice(0, 400);

/** Two targets saying the same thing (same bound, deadline and clause), whichever place they were kept in. */
function sameTarget(a: CatalogTarget, b: CatalogTarget): boolean {
  return bounds(a) === bounds(b) && a.by === b.by && clause(a) === clause(b);
}

/**
 * Each indicator with its targets from the targets table, where the bundled documents' targets live beside the
 * ones users added: every document's target is kept with its source, and the timeline lets the latest apply.
 * A definition's own target that the table holds too is dropped (the table's copy knows its document); one the
 * table lacks stays, so a database seeded before the table held the bundled targets still has them.
 * `overridden`: indicators whose targets the user set by hand; the bundled targets they replaced stay out.
 */
export function withDocumentTargets(
  defs: readonly IndicatorDef[],
  targets: readonly TargetRecord[],
  documents: readonly DocumentRecord[],
  overridden: ReadonlySet<string> = new Set(),
): IndicatorDef[] {
  const docs = new Map(documents.map((d) => [d.id, d]));
  return defs.map((def) => {
    const rows = targets.filter(
      (t) => t.indicatorId === def.id && !(overridden.has(def.id) && t.id.startsWith(BUNDLED_TARGET_PREFIX)),
    );
    if (rows.length === 0) return def;
    const stored = [...rows]
      .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))
      .map((t) => toCatalogTarget(t, t.documentId ? docs.get(t.documentId) : undefined));
    const own = def.targets.filter((t) => !stored.some((s) => sameTarget(s, t)));
    return { ...def, targets: [...own, ...stored] };
  });
}
