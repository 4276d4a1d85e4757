import { useEffect, useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import type { IndicatorDef } from '../../model/indicator/schema';
import type { MonthlyEntry } from '../../model/indicator/aggregate';
import { localMonth } from '../../model/calendar';
import { t } from '../../i18n/t';
import { UndoToast } from '../toast/UndoToast';
import { useUndoToast } from '../toast/use-undo-toast';
import { chartRange, indicatorChartData } from './chart-data';
import { ChartPanel } from './ChartPanel';
import { CustomIndicatorForm } from './CustomIndicatorForm';
import { loadView, saveView, type IndicatorView } from './drafts';
import { FigureForm } from './FigureForm';
import { HistoryList } from './HistoryList';
import { indicatorResults } from './results';
import { ResultsTable } from './ResultsTable';
import { TargetEditor } from './TargetEditor';
import { childUnits, unitEntries } from '../../model/indicator/unit-tree';
import { UnitsPanel } from './UnitsPanel';
import { useIndicatorData } from './use-indicator-data';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './indicators.css';

/** 指标测算 tab: units, a month, its figures, and each indicator against its target, with a chart. */
export function IndicatorsTab() {
  const data = useIndicatorData();
  const [view, setView] = useState<IndicatorView | null>(null);
  const [panel, setPanel] = useState<{ kind: 'targets'; id: string } | { kind: 'new' } | null>(null);
  const [chartId, setChartId] = useState<string | null>(null);
  const toast = useUndoToast();
  useEffect(() => {
    void loadView(getDb(), { unitId: null, month: localMonth() }).then(setView);
  }, []);

  const units = data?.units ?? [];
  const unitId = view && units.some((u) => u.id === view.unitId) ? view.unitId : (units[0]?.id ?? null);
  // One rollup per indicator and unit: the results table and the chart ask for the same one.
  const entriesFor = useMemo(() => {
    const rolled = new Map<IndicatorDef, MonthlyEntry[]>();
    return (def: IndicatorDef) => {
      if (!data || !unitId) return [];
      let entries = rolled.get(def);
      if (!entries) {
        entries = unitEntries(def, unitId, data.units, data.figures);
        rolled.set(def, entries);
      }
      return entries;
    };
  }, [data, unitId]);
  const results = useMemo(
    () => (data && view && unitId ? indicatorResults(data.defs, entriesFor, view.month) : []),
    [data, view, unitId, entriesFor],
  );
  const chartDef = data?.defs.find((d) => d.id === chartId) ?? data?.defs[0];
  const chart = useMemo(() => {
    if (!chartDef || !view || !unitId) return null;
    const entries = entriesFor(chartDef);
    return indicatorChartData(chartDef, entries, chartRange(entries, view.month), undefined, {
      target: t('indChartTarget'),
      lower: t('indChartTargetLower'),
      upper: t('indChartTargetUpper'),
    });
  }, [chartDef, entriesFor, view, unitId]);

  if (!data || !view) return <p>{t('loading')}</p>;
  const change = (next: IndicatorView) => {
    setView(next);
    void saveView(getDb(), next);
  };
  const unit = units.find((u) => u.id === unitId);
  const isParent = unitId !== null && childUnits(units, unitId).length > 0;
  const record = data.figures.find((f) => f.unitId === unitId && f.month === view.month);
  const editing = panel?.kind === 'targets' ? data.defs.find((d) => d.id === panel.id) : undefined;

  return (
    <section class="ui-page ind" aria-labelledby="ind-heading">
      <div class="ui-toolbar">
        <h2 id="ind-heading">{t('indHeading')}</h2>
        <label class="ui-inline">
          {t('indMonth')}
          <input
            type="month"
            value={view.month}
            required
            onChange={(e) => e.currentTarget.value && change({ ...view, month: e.currentTarget.value })}
          />
        </label>
        <button
          type="button"
          aria-expanded={panel?.kind === 'new'}
          onClick={() => setPanel(panel?.kind === 'new' ? null : { kind: 'new' })}
        >
          {t('indAddIndicator')}
        </button>
      </div>
      <div class="ind-layout">
        <UnitsPanel
          units={units}
          selected={unitId}
          onSelect={(id) => change({ ...view, unitId: id })}
          onUndoable={toast.show}
        />
        <div class="ind-main">
          {panel?.kind === 'new' && <CustomIndicatorForm onDone={() => setPanel(null)} />}
          {editing && <TargetEditor key={editing.id} def={editing} onDone={() => setPanel(null)} />}
          {!unit ? (
            <p class="ui-muted">{t('indPickUnit')}</p>
          ) : (
            <>
              <h3>{t('indResultsHeading', [unit.name, view.month])}</h3>
              {isParent && <p class="ui-hint">{t('indParentHint')}</p>}
              <ResultsTable
                results={results}
                sources={data.sources}
                onEditTargets={(id) => setPanel({ kind: 'targets', id })}
                onChart={(id) => {
                  setChartId(id);
                  requestAnimationFrame(() => document.querySelector('.ind-chart')?.scrollIntoView({ block: 'start' }));
                }}
              />
              {chart && chartDef && (
                <ChartPanel
                  defs={data.defs}
                  selected={chartDef.id}
                  onSelect={setChartId}
                  data={chart}
                  fileName={`${unit.name}-${chartDef.name}-${view.month}.png`}
                />
              )}
              {!isParent && (
                <>
                  <h3>{t('indFormHeading', [unit.name, view.month])}</h3>
                  <FigureForm
                    key={`${unit.id}:${view.month}`}
                    defs={data.defs}
                    unitId={unit.id}
                    month={view.month}
                    stored={record}
                  />
                  <HistoryList record={record} defs={data.defs} />
                </>
              )}
            </>
          )}
        </div>
      </div>
      <UndoToast toast={toast.toast} onDismiss={toast.dismiss} onPause={toast.setPaused} />
    </section>
  );
}
