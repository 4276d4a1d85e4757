import type { BulletinIndicator } from '../../report/bulletin';
import type { Snapshot } from '../../export/types';

/** The snapshot's indicator rows and their month-by-month values, as a bulletin carries them. */
export function bulletinIndicators(s: Snapshot): BulletinIndicator[] {
  return s.indicators.map((r) => ({
    name: `${r.unitName}｜${r.name}`,
    unit: r.measure,
    target: r.target,
    value: r.value,
    status: r.status,
    months: s.monthly
      .filter((m) => m.unitName === r.unitName && m.indicator === r.name)
      .map((m) => ({ month: m.month, value: m.value, figures: m.figures ?? [] })),
  }));
}
