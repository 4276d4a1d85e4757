import type { IndicatorDef } from '../../model/indicator/schema';
import { targetFor } from '../../model/indicator/evaluate';
import type { IndicatorStatus } from '../../model/indicator/evaluate';
import type { IndicatorRow } from '../../export/types';
import { INDICATOR_STATUS_LABEL, PRINT_LABELS } from '../../export/labels';
import { t } from '../../i18n/t';
import { indicatorName, targetText } from '../indicators/display-text';

/**
 * How the summary and indicator tables word their cells: on screen in the UI's language, in the print view as the
 * Chinese report that is handed in (the same words as the xlsx).
 */
export interface TableWording {
  indicatorsCaption: string;
  summaryHeads: readonly string[];
  indicatorHeads: readonly string[];
  totalName: (name: string) => string;
  indicatorName: (row: IndicatorRow) => string;
  target: (row: IndicatorRow) => string;
  status: (status: IndicatorStatus) => string;
}

export const REPORT_WORDING: TableWording = {
  indicatorsCaption: PRINT_LABELS.indicators,
  summaryHeads: PRINT_LABELS.summaryHeads,
  indicatorHeads: PRINT_LABELS.indicatorHeads,
  totalName: (name) => name,
  indicatorName: (row) => row.name,
  target: (row) => row.target,
  status: (status) => INDICATOR_STATUS_LABEL[status],
};

// The report's words (达标, 未达标, 无数据) in Chinese, so the screen and the xlsx agree.
const STATUS_KEY = { met: 'exStatus_met', unmet: 'exStatus_unmet', 'no-data': 'exStatus_no_data' } as const;

export function screenWording(defs: readonly IndicatorDef[]): TableWording {
  const byId = new Map(defs.map((d) => [d.id, d]));
  return {
    indicatorsCaption: t('exIndicators'),
    summaryHeads: [
      t('exColName'),
      t('exColTotal'),
      t('exColDone'),
      t('exColOverdue'),
      t('exColDueSoon'),
      t('exColRate'),
    ],
    indicatorHeads: [
      t('exColUnit'),
      t('exColIndicator'),
      t('exColValue'),
      t('exColTarget'),
      t('exColGap'),
      t('exColStatus'),
      t('exColVsPrev'),
      t('exColVsLast'),
    ],
    totalName: () => t('exTotalRow'),
    indicatorName: (row) => {
      const def = byId.get(row.id);
      return def ? indicatorName(def) : row.name;
    },
    target: (row) => {
      const def = byId.get(row.id);
      const target = def && targetFor(def, row.month);
      return def && target ? targetText(target, def.unit) : row.target;
    },
    status: (status) => t(STATUS_KEY[status]),
  };
}
