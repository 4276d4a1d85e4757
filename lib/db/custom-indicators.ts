import type { ReformDb } from './database';
import {
  indicatorCatalog,
  indicatorDef,
  catalogTarget,
  type CatalogTarget,
  type IndicatorDef,
} from '../model/indicator/schema';
import { mergeCatalog, listIndicators, type TargetOverride } from '../indicators/catalog';
import { withDocumentTargets } from '../indicators/document-targets';
import { z } from '../z';
import { AppError } from '../model/app-error';
import { mergeTargetEdit, type KeyedTargets } from '../indicators/target-edit';

/** The user's own indicators and changed targets of built-in ones, kept in db.indicators. */

const override = z.object({ id: z.string().min(1), targets: z.array(catalogTarget).min(1, '至少要有一个目标值') });

function readStored(def: unknown): IndicatorDef | TargetOverride | null {
  const full = indicatorDef.safeParse(def);
  if (full.success) return full.data;
  const partial = override.safeParse(def);
  return partial.success ? partial.data : null;
}

/** Stored entries that still fit a schema (one from an old version or a bad restore is skipped, not fatal). */
export async function userIndicatorDefs(db: ReformDb): Promise<Array<IndicatorDef | TargetOverride>> {
  const rows = await db.indicators.orderBy('id').toArray();
  return rows
    .sort((a, b) => a.updatedAt - b.updatedAt)
    .flatMap((row) => {
      const def = readStored(row.def);
      return def ? [def] : [];
    });
}

/** Built-in indicators with the user's targets, then the user's own indicators. */
export async function mergedCatalog(db: ReformDb): Promise<IndicatorDef[]> {
  return mergeCatalog(listIndicators(), await userIndicatorDefs(db));
}

/** What a document's target can be added to: the built-in indicators, then the user's own, by id and name. */
export async function indicatorChoices(db: ReformDb): Promise<Array<{ id: string; name: string }>> {
  return (await mergedCatalog(db)).map((d) => ({ id: d.id, name: d.name }));
}

/**
 * The catalog the calculator works with: built-in and user indicators, each with its targets from the targets
 * table (the bundled documents' and those added from the user's documents). Call inside a transaction over
 * indicators, targets and documents for one consistent read.
 */
export async function catalogWithTargets(db: ReformDb): Promise<IndicatorDef[]> {
  const builtIn = listIndicators();
  const userDefs = await userIndicatorDefs(db);
  const overridden = new Set(userDefs.filter((d) => builtIn.some((b) => b.id === d.id)).map((d) => d.id));
  const [targets, documents] = await Promise.all([db.targets.toArray(), db.documents.toArray()]);
  return withDocumentTargets(mergeCatalog(builtIn, userDefs), targets, documents, overridden);
}

/** Adds or replaces one of the user's own indicators; validated like the catalog, its id may not be built in. */
export async function saveCustomIndicator(db: ReformDb, def: unknown, now = Date.now()): Promise<IndicatorDef> {
  const parsed = indicatorDef.parse(def);
  if (listIndicators().some((d) => d.id === parsed.id)) throw new AppError('errIndicatorBuiltInId', parsed.id);
  indicatorCatalog.parse([...listIndicators(), parsed]);
  await db.indicators.put({ id: parsed.id, def: parsed, updatedAt: now });
  return parsed;
}

/** Changes the targets and deadlines of any indicator; for a built-in one only the targets are stored. */
export async function saveTargets(db: ReformDb, id: string, targets: CatalogTarget[], now = Date.now()): Promise<void> {
  const checked = override.parse({ id, targets });
  await db.transaction('rw', db.indicators, async () => {
    const row = await db.indicators.get(id);
    const own = row && indicatorDef.safeParse(row.def);
    if (own?.success) {
      await db.indicators.put({
        id,
        def: indicatorDef.parse({ ...own.data, targets: checked.targets }),
        updatedAt: now,
      });
    } else if (listIndicators().some((d) => d.id === id)) {
      await db.indicators.put({ id, def: checked, updatedAt: now });
    } else throw new AppError('errIndicatorMissing', id);
  });
}

/**
 * Saves the target editor's targets merged with another page's changes since the editor opened (`base`, see
 * lib/indicators/target-edit.ts): compared with the targets every page shows now, the documents' included, so a
 * document target nobody touched is no conflict. Throws EditConflict, writing nothing, when both changed one target.
 */
export async function saveTargetEdit(
  db: ReformDb,
  id: string,
  targets: CatalogTarget[],
  base: KeyedTargets | undefined,
  now = Date.now(),
): Promise<CatalogTarget[]> {
  return db.transaction('rw', [db.indicators, db.targets, db.documents], async () => {
    const current = (await catalogWithTargets(db)).find((d) => d.id === id);
    if (!current) throw new AppError('errIndicatorMissing', id);
    const merged = mergeTargetEdit(current.targets, targets, base);
    await saveTargets(db, id, merged, now);
    return merged;
  });
}

/** Removes a user indicator, or a built-in one's changed targets (back to the documents' targets). */
export async function removeUserIndicator(db: ReformDb, id: string): Promise<void> {
  await db.indicators.delete(id);
}
