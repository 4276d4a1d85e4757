import catalog from '../../seeds/indicators.json';
import { indicatorCatalog, type IndicatorDef } from '../model/indicator/schema';

export { mergeCatalog, type TargetOverride } from './merge-catalog';

let builtIn: IndicatorDef[] | undefined;

// Vite inlines the JSON; it is validated on first use rather than at import, so a malformed catalog shows up
// as an error where indicators are used instead of breaking every page that merely imports this module.
function builtInCatalog(): IndicatorDef[] {
  if (!builtIn) {
    const parsed = indicatorCatalog.safeParse(catalog);
    if (!parsed.success) throw new Error(`指标目录 seeds/indicators.json 格式错误：${parsed.error.message}`);
    builtIn = parsed.data;
  }
  return builtIn;
}

/** The built-in indicators, in catalog order (a fresh array; the defs are shared, do not mutate them). */
export function listIndicators(): IndicatorDef[] {
  return [...builtInCatalog()];
}

export function getIndicator(id: string): IndicatorDef | undefined {
  return builtInCatalog().find((def) => def.id === id);
}
