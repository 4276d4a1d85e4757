import { useState } from 'preact/hooks';
import type { ExportSources } from '../../db/export-queries';
import { exportFileName } from '../../export/file-names';
import { chartRange, indicatorChartData } from '../indicators/chart-data';
import { unitEntries } from '../../model/indicator/unit-tree';
import { t } from '../../i18n/t';
import { chartPng } from './chart-png';
import { downloadBlob } from '../download';
import { errorText } from '../error-text';
import { indicatorName } from '../indicators/display-text';

/** 图表: one indicator's monthly chart for one unit, saved as a PNG to paste into a report. */
export function ChartExport({
  sources,
  unitIds,
  month,
  asOf,
}: {
  sources: ExportSources;
  unitIds: string[];
  month: string;
  asOf: string;
}) {
  const [indicatorId, setIndicatorId] = useState(sources.defs[0]?.id ?? '');
  const [chosenUnit, setUnit] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const unitId = chosenUnit !== null && unitIds.includes(chosenUnit) ? chosenUnit : unitIds[0];
  const def = sources.defs.find((d) => d.id === indicatorId);
  const names = new Map(sources.units.map((u) => [u.id, u.name]));

  const save = async () => {
    setError(null);
    if (!def || !unitId) return;
    try {
      const entries = unitEntries(def, unitId, sources.units, sources.figures);
      const data = indicatorChartData(def, entries, chartRange(entries, month));
      const png = await chartPng(data, t('exChartCaption', [names.get(unitId) ?? unitId, month]));
      downloadBlob(exportFileName(asOf, 'png', `${def.name}-${names.get(unitId) ?? unitId}`), png);
    } catch (e) {
      setError(t('exFailed', errorText(e)));
    }
  };

  return (
    <section class="ui-panel" aria-labelledby="ex-chart-heading">
      <h3 id="ex-chart-heading">{t('exChartHeading')}</h3>
      {unitIds.length === 0 ? (
        <p class="ui-muted">{t('exChooseUnit')}</p>
      ) : (
        <div class="ui-inline">
          <label for="ex-chart-indicator">{t('exColIndicator')}</label>
          <select id="ex-chart-indicator" value={indicatorId} onChange={(e) => setIndicatorId(e.currentTarget.value)}>
            {sources.defs.map((d) => (
              <option key={d.id} value={d.id}>
                {indicatorName(d)}
              </option>
            ))}
          </select>
          <label for="ex-chart-unit">{t('exColUnit')}</label>
          <select id="ex-chart-unit" value={unitId} onChange={(e) => setUnit(e.currentTarget.value)}>
            {unitIds.map((id) => (
              <option key={id} value={id}>
                {names.get(id) ?? id}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => void save()} disabled={!def}>
            {t('exChartPng')}
          </button>
        </div>
      )}
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
