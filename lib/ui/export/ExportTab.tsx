import { useMemo, useState } from 'preact/hooks';
import { isIsoMonth } from '../../model/calendar';
import { useToday } from '../use-today';
import { BackupSection } from '../backup/BackupSection';
import { t } from '../../i18n/t';
import { ChangesPanel } from './ChangesPanel';
import { ChartExport } from './ChartExport';
import { PrintView } from './PrintView';
import { SummaryTable } from './SummaryTable';
import { IndicatorTable } from './IndicatorTable';
import { screenWording } from './table-wording';
import { UnitPicker } from './UnitPicker';
import { exportCsv, exportXlsx, recordPrinted } from './actions';
import { useExportSources, useSnapshot } from './use-export-data';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './export.css';
import { errorText } from '../error-text';

/** 导出 tab: the progress snapshot an official hands in, as Excel, CSV, chart, print/PDF and backup. */
export function ExportTab() {
  const today = useToday();
  const data = useExportSources();
  const [chosenUnits, setUnits] = useState<string[] | null>(null);
  const [chosenMonth, setMonth] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [printing, setPrinting] = useState(false);

  const units = data?.sources.units;
  // Top-level units by default; memoized so the snapshot is not rebuilt on every render.
  const unitIds = useMemo(
    () => chosenUnits ?? (units ?? []).filter((u) => u.parentId === null).map((u) => u.id),
    [chosenUnits, units],
  );
  const month = chosenMonth ?? data?.latestMonth ?? today.slice(0, 7);
  const monthOk = isIsoMonth(month);
  const view = useSnapshot(data, unitIds, monthOk ? month : today.slice(0, 7), today);
  if (!data || !view) return <p>{t('loading')}</p>;
  const { snapshot, diff } = view;
  const wording = screenWording(data.sources.defs);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setStatus(null);
    try {
      await action();
      setStatus({ ok: true, text: t('exDone') });
    } catch (e) {
      setStatus({ ok: false, text: t('exFailed', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };
  const disabled = busy || !monthOk;

  if (printing) {
    const print = () => {
      window.print();
      void recordPrinted(snapshot);
    };
    return <PrintView snapshot={snapshot} onPrint={print} onClose={() => setPrinting(false)} />;
  }

  return (
    <section class="ui-page ex ex-screen" aria-labelledby="ex-heading">
      <h2 id="ex-heading">{t('exHeading')}</h2>
      <p class="ui-muted">{t('exIntro')}</p>
      <div class="ui-panel ex-controls">
        <label class="ui-field">
          {t('exMonth')}
          <input
            type="month"
            value={month}
            aria-invalid={!monthOk}
            aria-describedby="ex-month-error"
            onInput={(e) => setMonth(e.currentTarget.value)}
          />
          {!monthOk && (
            <span id="ex-month-error" class="ui-error">
              {t('exMonthInvalid')}
            </span>
          )}
        </label>
        <UnitPicker units={units ?? []} selected={unitIds} onChange={setUnits} />
      </div>

      <section class="ui-panel" aria-labelledby="ex-files-heading">
        <h3 id="ex-files-heading">{t('exFilesHeading')}</h3>
        <p class="ui-muted" data-export-count={data.exports}>
          {t('exPreviewLine', [
            today,
            String(snapshot.total.total),
            String(snapshot.total.done),
            String(snapshot.total.overdue),
            String(snapshot.indicators.length),
          ])}
        </p>
        <div class="ui-buttons">
          <button
            type="button"
            class="ui-primary"
            disabled={disabled}
            onClick={() => void run(() => exportXlsx(snapshot, data.last))}
          >
            {t('exXlsx')}
          </button>
          <button type="button" disabled={disabled} onClick={() => void run(() => exportCsv(snapshot, 'tasks'))}>
            {t('exCsvTasks')}
          </button>
          <button type="button" disabled={disabled} onClick={() => void run(() => exportCsv(snapshot, 'indicators'))}>
            {t('exCsvIndicators')}
          </button>
          <button type="button" disabled={disabled} onClick={() => setPrinting(true)}>
            {t('exPrint')}
          </button>
        </div>
        {status && (
          <p class={status.ok ? 'ui-ok' : 'ui-error'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        )}
      </section>

      <ChangesPanel last={data.last} diff={diff} snapshot={snapshot} />
      <SummaryTable caption={t('exByLedger')} rows={snapshot.byLedger} total={snapshot.total} wording={wording} />
      <details class="ex-more">
        <summary>{t('exByDepartmentCount', String(snapshot.byDepartment.length))}</summary>
        <SummaryTable caption={t('exByDepartment')} rows={snapshot.byDepartment} wording={wording} />
      </details>
      <IndicatorTable rows={snapshot.indicators} wording={wording} />
      {monthOk && <ChartExport sources={data.sources} unitIds={unitIds} month={month} asOf={today} />}
      <BackupSection />
    </section>
  );
}
