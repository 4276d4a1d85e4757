import { useEffect, useRef, useState } from 'preact/hooks';
import type { IndicatorDef } from '../../model/indicator/schema';
import { t } from '../../i18n/t';
import type { IndicatorChartData } from './chart-data';
import { downloadBlob } from '../download';
import { canvasPng, drawIndicatorChart } from './draw-chart';
import { errorText } from '../error-text';
import { indicatorName } from './display-text';

interface Props {
  defs: IndicatorDef[];
  selected: string;
  onSelect: (id: string) => void;
  data: IndicatorChartData;
  fileName: string;
}

/** The monthly series of one indicator with its target line; points green where met, red where not. */
export function ChartPanel({ defs, selected, onSelect, data, fileName }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const shown = defs.find((d) => d.id === selected);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let chart: { destroy: () => void } | null = null;
    let live = true;
    void drawIndicatorChart(canvas.current!, data)
      .then((c) => {
        if (live) chart = c;
        else c.destroy();
      })
      .catch((e: unknown) => setError(errorText(e)));
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [data]);
  const download = async () => {
    try {
      downloadBlob(fileName, await canvasPng(canvas.current!));
    } catch (e) {
      setError(errorText(e));
    }
  };
  return (
    <section class="ind-chart" aria-labelledby="ind-chart-heading">
      <div class="ui-toolbar">
        <h3 id="ind-chart-heading">{t('indChartHeading')}</h3>
        <select aria-label={t('indChartIndicator')} value={selected} onChange={(e) => onSelect(e.currentTarget.value)}>
          {defs.map((d) => (
            <option key={d.id} value={d.id}>
              {indicatorName(d)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => void download()}>
          {t('indDownloadPng')}
        </button>
      </div>
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
      <div class="ind-chart-box">
        <canvas ref={canvas} role="img" aria-label={t('indChartAlt', shown ? indicatorName(shown) : data.title)} />
      </div>
      <p class="ui-hint">{t('indChartLegend')}</p>
    </section>
  );
}
