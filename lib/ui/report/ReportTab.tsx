import { useState } from 'preact/hooks';
import { dueState, periodOf, shiftPeriod } from '../../report/period';
import { useToday } from '../use-today';
import { t } from '../../i18n/t';
import { cycleText, dueDayText, periodText } from './period-text';
import { BulletinPanel } from './BulletinPanel';
import { CycleSettings } from './CycleSettings';
import { DepartmentPanel } from './DepartmentPanel';
import { DispatchPanel } from './DispatchPanel';
import { PackageImport } from './PackageImport';
import { ReturnPanel } from './ReturnPanel';
import { StandingPanel } from './StandingPanel';
import { useReporting } from './use-reporting';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import '../shared.css';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './report.css';

/** 报送 tab: the reporting cycle across departments — dispatch, return, 报送情况, 通报. */
export function ReportTab() {
  const today = useToday();
  const [ledgerId, setLedgerId] = useState<string | null>(null);
  const [offset, setOffset] = useState(0);
  const view = useReporting(ledgerId);
  if (!view) return <p>{t('loading')}</p>;
  const data = view.data;
  const period = data ? shiftPeriod(view.cycle, today, offset) : null;
  const state = period && offset === 0 ? dueState(view.cycle, periodOf(view.cycle, today), today) : null;
  return (
    <section class="rp" aria-labelledby="rp-heading">
      <h2 id="rp-heading">{t('rpHeading')}</h2>
      <p class="ui-hint">{t('rpIntro')}</p>
      {!data && <p>{t('rpNoLedger')}</p>}
      {data && period && (
        <>
          <p>
            <label>
              {t('rpLedger')}{' '}
              <select value={view.id ?? ''} onChange={(e) => setLedgerId((e.target as HTMLSelectElement).value)}>
                {view.ledgers.map((l) => (
                  <option key={l.id} value={l.id}>
                    {l.title}
                  </option>
                ))}
              </select>
            </label>
          </p>
          <CycleSettings key={JSON.stringify(view.cycle)} cycle={view.cycle} />
          <p class="rp-period">
            <button type="button" onClick={() => setOffset(offset - 1)} aria-label={t('rpPrevPeriod')}>
              ‹
            </button>
            <strong> {periodText(period)} </strong>
            <button type="button" onClick={() => setOffset(offset + 1)} aria-label={t('rpNextPeriod')}>
              ›
            </button>{' '}
            {t('rpDueOn', [cycleText(view.cycle), dueDayText(period.due)])}
            {state === 'remind' && <span class="rp-remind"> {t('rpRemindNow')}</span>}
            {state === 'late' && <span class="rp-remind"> {t('rpLate')}</span>}
          </p>
          {view.department && <DepartmentPanel key={view.id} data={data} side={view.department} />}
          <DispatchPanel data={data} period={period} />
          <ReturnPanel data={data} period={period} today={today} />
          <StandingPanel data={data} period={period} today={today} />
        </>
      )}
      {/* The same place with or without a ledger: importing a package may create the first one, and the
          import's own message must stay on screen when the rest of the tab appears. */}
      <PackageImport />
      {data && period && (
        <BulletinPanel
          data={data}
          period={period}
          today={today}
          bulletins={view.bulletins.filter((b) => b.ledgerId === view.id)}
        />
      )}
    </section>
  );
}
