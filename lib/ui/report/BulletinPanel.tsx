import { useMemo, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import type { BulletinRecord } from '../../model/records';
import { issueBulletin, type LedgerReporting } from '../../db/reports';
import { buildSnapshot } from '../../export/snapshot';
import {
  bulletinData,
  buildBulletin,
  compareBulletins,
  share,
  type BulletinChanges,
  type BulletinData,
} from '../../report/bulletin';
import type { ReportPeriod } from '../../report/form-types';
import { downloadBlob, downloadText } from '../download';
import { useExportSources } from '../export/use-export-data';
import { t, type MessageKey, tn } from '../../i18n/t';
import { periodText } from './period-text';
import { bulletinIndicators } from './bulletin-indicators';
import { DeptChart } from './DeptChart';
import { saveXlsx } from './files';
import { fileName } from '../../model/file-name';

const parse = (b: BulletinRecord): BulletinData | null => {
  const r = bulletinData.safeParse(b.data);
  return r.success ? r.data : null;
};
const stamp = (at: number) => new Date(at).toLocaleString('zh-CN', { hour12: false });

/** 通报: the bulletin for the period, compared with the last issued one; issue it, download it, compare any two. */
export function BulletinPanel({
  data,
  period,
  today,
  bulletins,
}: {
  data: LedgerReporting;
  period: ReportPeriod;
  today: string;
  bulletins: BulletinRecord[];
}) {
  const sources = useExportSources();
  const bulletin = useMemo(() => {
    const indicators = sources
      ? bulletinIndicators(
          buildSnapshot({
            ...sources.sources,
            unitIds: sources.sources.units.filter((u) => u.parentId === null).map((u) => u.id),
            month: sources.latestMonth ?? today.slice(0, 7),
            today,
            last: sources.last,
          }),
        )
      : [];
    return buildBulletin({ ...data, period, indicators, today });
  }, [data, period, today, sources]);
  const last = bulletins[0] ?? null;
  const lastData = last ? parse(last) : null;
  const changes = compareBulletins(lastData, bulletin);
  const [pick, setPick] = useState<[string, string]>(['', '']);
  const [message, setMessage] = useState<string | null>(null);

  const download = async () => {
    const { bulletinWorkbook } = await import('../../report/bulletin-xlsx');
    saveXlsx(
      [data.ledger.title, period.label, '通报'],
      bulletinWorkbook(bulletin, changes, last ? stamp(last.issuedAt) : null),
    );
  };
  const csv = async () => {
    const { bulletinCsv } = await import('../../report/bulletin-xlsx');
    downloadText(fileName([data.ledger.title, period.label, '通报'], 'csv'), await bulletinCsv(bulletin), 'text/csv');
  };
  const png = async () => {
    const { deptChartPng } = await import('./dept-chart-png');
    const chart = await deptChartPng(bulletin);
    downloadBlob(chart.fileName, chart.blob);
  };
  const issue = async () => {
    await issueBulletin(getDb(), data.ledger.id, bulletin);
    setMessage(t('rpIssued'));
  };
  const a = bulletins.find((b) => b.id === pick[0]);
  const b = bulletins.find((x) => x.id === pick[1]);
  const compared = a && b ? compareBulletins(parse(a), parse(b) ?? bulletin) : null;

  return (
    <section class="rp-panel rp-bulletin" aria-labelledby="rp-bulletin">
      <h3 id="rp-bulletin">{t('rpBulletin', periodText(period))}</h3>
      <DeptTable d={bulletin} />
      <DeptChart d={bulletin} />
      <h4>{t('rpOverdueItems', String(bulletin.tasks.filter((x) => x.state === 'overdue').length))}</h4>
      <ul>
        {bulletin.tasks
          .filter((x) => x.state === 'overdue')
          .map((x) => (
            <li key={x.id}>
              {x.title}（{x.lead}，{x.due}）
            </li>
          ))}
      </ul>
      <h4>{last ? t('rpSinceLast', stamp(last.issuedAt)) : t('rpFirstBulletin')}</h4>
      {last && <Changes c={changes} />}
      <p class="rp-actions">
        <button type="button" onClick={() => void download()}>
          {t('rpBulletinXlsx')}
        </button>{' '}
        <button type="button" onClick={() => void csv()}>
          {t('rpBulletinCsv')}
        </button>{' '}
        <button type="button" onClick={() => void png()}>
          {t('prChartPng')}
        </button>{' '}
        <button type="button" onClick={() => window.print()}>
          {t('rpPrint')}
        </button>{' '}
        <button type="button" onClick={() => void issue()}>
          {t('rpIssue')}
        </button>
      </p>
      {message && (
        <p class="rp-ok" role="status">
          {message}
        </p>
      )}
      {bulletins.length > 0 && (
        <div class="rp-history">
          <h4>{t('rpPastBulletins')}</h4>
          <ul>
            {bulletins.map((x) => (
              <li key={x.id}>
                {x.periodLabel} · {t('rpIssuedAt', stamp(x.issuedAt))}
              </li>
            ))}
          </ul>
          {bulletins.length > 1 && (
            <p>
              {[0, 1].map((i) => (
                <select
                  key={i}
                  aria-label={t(i ? 'rpCompareTo' : 'rpCompareFrom')}
                  value={pick[i]}
                  onChange={(e) => {
                    const next: [string, string] = [...pick];
                    next[i] = (e.target as HTMLSelectElement).value;
                    setPick(next);
                  }}
                >
                  <option value="">{t(i ? 'rpCompareTo' : 'rpCompareFrom')}</option>
                  {bulletins.map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.periodLabel} {stamp(x.issuedAt)}
                    </option>
                  ))}
                </select>
              ))}
            </p>
          )}
          {compared && <Changes c={compared} />}
        </div>
      )}
    </section>
  );
}

function DeptTable({ d }: { d: BulletinData }) {
  return (
    <table class="rp-table">
      <thead>
        <tr>
          {(['rpColDept', 'rpColTasks', 'rpColDone', 'rpColOnTime', 'rpColOverdue', 'rpColRate'] as const).map((k) => (
            <th key={k}>{t(k)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {d.departments.map((x) => (
          <tr key={x.department}>
            <td>{x.department}</td>
            <td>{x.tasks}</td>
            <td>{x.done}</td>
            <td>{x.onTime}</td>
            <td>{x.overdue}</td>
            <td>{share(x.done, x.tasks).toFixed(1)}%</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const counted = (k: MessageKey, n: number) => (k === 'rpAdded' ? tn(k, n) : t(k, String(n)));

function Changes({ c }: { c: BulletinChanges }) {
  const groups: Array<[MessageKey, BulletinChanges['newlyDone']]> = [
    ['rpNewlyDone', c.newlyDone],
    ['rpNewlyOverdue', c.newlyOverdue],
    ['rpRecovered', c.recovered],
    ['rpAdded', c.added],
  ];
  return (
    <ul class="rp-changes">
      {groups.map(([k, list]) => (
        <li key={k}>
          {counted(k, list.length)}
          {list.length > 0 && `：${list.map((x) => x.title).join('；')}`}
        </li>
      ))}
      {c.indicators.map((i) => (
        <li key={i.name}>
          {i.name}：{i.from ?? '—'} → {i.to ?? '—'}
          {i.unit}
        </li>
      ))}
    </ul>
  );
}
