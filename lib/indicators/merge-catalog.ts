import type { CatalogTarget, IndicatorDef } from '../model/indicator/schema';

/** What a user saves to change a built-in indicator's targets and deadlines. */
export interface TargetOverride {
  id: string;
  targets: CatalogTarget[];
}

function isFullDef(def: IndicatorDef | TargetOverride): def is IndicatorDef {
  return 'inputs' in def;
}

/**
 * Built-in indicators in catalog order, then the user's own. A user entry with a built-in id replaces only
 * the targets: the formula and inputs stay those of the source document, so data entered against them keeps
 * its meaning. A target-only override for an id that no longer exists is dropped; with repeated ids the
 * later user entry wins.
 */
export function mergeCatalog(
  builtIn: readonly IndicatorDef[],
  userDefs: ReadonlyArray<IndicatorDef | TargetOverride>,
): IndicatorDef[] {
  const builtInIds = new Set(builtIn.map((def) => def.id));
  const overrides = new Map<string, CatalogTarget[]>();
  const own = new Map<string, IndicatorDef>();
  for (const def of userDefs) {
    if (builtInIds.has(def.id)) overrides.set(def.id, def.targets);
    else if (isFullDef(def)) own.set(def.id, def);
  }
  const merged = builtIn.map((def) => (overrides.has(def.id) ? { ...def, targets: overrides.get(def.id)! } : def));
  return [...merged, ...own.values()];
}
