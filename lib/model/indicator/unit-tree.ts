import type { UnitRecord, FigureRecord } from '../records';
import type { IndicatorDef } from './schema';
import type { MonthlyEntry } from './aggregate';
import { rollupEntries } from './rollup';

export interface TreeRow {
  unit: UnitRecord;
  depth: number;
  hasChildren: boolean;
}

/** Units in tree order (parents before their children, siblings by creation); orphans count as top level. */
export function unitTree(units: readonly UnitRecord[]): TreeRow[] {
  const ids = new Set(units.map((u) => u.id));
  const kids = new Map<string | null, UnitRecord[]>();
  for (const u of [...units].sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id))) {
    const parent = u.parentId !== null && ids.has(u.parentId) ? u.parentId : null;
    kids.set(parent, [...(kids.get(parent) ?? []), u]);
  }
  const rows: TreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const unit of kids.get(parent) ?? []) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      rows.push({ unit, depth, hasChildren: (kids.get(unit.id) ?? []).length > 0 });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

export function childUnits(units: readonly UnitRecord[], id: string): UnitRecord[] {
  return units.filter((u) => u.parentId === id && u.id !== id);
}

/** Every unit at or below `id`, so a parent view can load the figures it sums. */
export function subtreeIds(units: readonly UnitRecord[], id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length; i++) {
    for (const child of childUnits(units, out[i])) if (!out.includes(child.id)) out.push(child.id);
  }
  return out;
}

// A parent view asks for every unit's entries once per indicator: grouping the figures once per array (a query
// result, never changed in place) saves filtering all of them each time.
const entriesByUnit = new WeakMap<readonly FigureRecord[], Map<string, MonthlyEntry[]>>();

export function entriesOf(figures: readonly FigureRecord[], unitId: string): MonthlyEntry[] {
  let byUnit = entriesByUnit.get(figures);
  if (!byUnit) {
    byUnit = new Map();
    for (const f of figures) {
      const list = byUnit.get(f.unitId) ?? [];
      list.push({ month: f.month, values: f.values });
      byUnit.set(f.unitId, list);
    }
    entriesByUnit.set(figures, byUnit);
  }
  return [...(byUnit.get(unitId) ?? [])];
}

/**
 * A unit's monthly entries for one indicator: its own figures, or, when it has child units, each input summed
 * over the children (each child itself rolled up), so the rate is Σ/Σ, never an average of rates.
 */
export function unitEntries(
  def: Pick<IndicatorDef, 'inputs'>,
  unitId: string,
  units: readonly UnitRecord[],
  figures: readonly FigureRecord[],
  visiting: ReadonlySet<string> = new Set(),
): MonthlyEntry[] {
  const children = childUnits(units, unitId).filter((c) => !visiting.has(c.id));
  if (children.length === 0) return entriesOf(figures, unitId);
  const path = new Set([...visiting, unitId]);
  return rollupEntries(
    def,
    children.map((c) => unitEntries(def, c.id, units, figures, path)),
  );
}
