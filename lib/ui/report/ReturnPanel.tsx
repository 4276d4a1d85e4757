import { errorText } from '../error-text';
import { XLSX_MIME } from '../download';
import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { applyConsolidation, type LedgerReporting } from '../../db/reports';
import type { ConsolidationPlan } from '../../report/consolidate';
import type { ReportPeriod } from '../../report/form-types';
import { t, tn } from '../../i18n/t';
import { readFiles } from './files';

/** 回收汇总: drop many returned forms, see per department what changes, confirm once. */
export function ReturnPanel({ data, period, today }: { data: LedgerReporting; period: ReportPeriod; today: string }) {
  const [plan, setPlan] = useState<ConsolidationPlan | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [over, setOver] = useState(false);

  const take = async (list: File[]) => {
    setPlan(null);
    setMessage({ ok: true, text: tn('rpReading', list.length) });
    try {
      const [{ readReportForm }, { consolidate }] = await Promise.all([
        import('../../report/form'),
        import('../../report/consolidate'),
      ]);
      const files = await readFiles(list);
      const returned = await Promise.all(
        files.map(async (f) => ({ name: f.name, form: await readReportForm(f.bytes) })),
      );
      setPlan(consolidate(returned, { ...data, period, now: Date.now(), today, newId: () => crypto.randomUUID() }));
      setMessage(null);
    } catch (e) {
      setMessage({ ok: false, text: t('rpReadFailed', errorText(e, 'errUnexpected')) });
    }
  };
  const confirm = async () => {
    if (!plan) return;
    try {
      const done = await applyConsolidation(getDb(), plan);
      setMessage({ ok: true, text: tn('rpImported', done.reports, [String(done.reports), String(done.tasks)]) });
      setPlan(null);
    } catch (e) {
      setMessage({ ok: false, text: t('rpImportFailed', errorText(e, 'errUnexpected')) });
    }
  };

  return (
    <section class="rp-panel" aria-labelledby="rp-return">
      <h3 id="rp-return">{t('rpReturn')}</h3>
      <label
        class={`rp-drop${over ? ' rp-drop-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (e.dataTransfer?.files.length) void take([...e.dataTransfer.files]);
        }}
      >
        {t('rpDrop')}
        <input
          type="file"
          multiple
          accept={`.xlsx,${XLSX_MIME}`}
          onChange={(e) => {
            const input = e.target as HTMLInputElement;
            // The FileList is live: copy it before clearing the input (which lets the same file be chosen again).
            if (input.files?.length) void take([...input.files]);
            input.value = '';
          }}
        />
      </label>
      {plan && <Preview plan={plan} onConfirm={() => void confirm()} onCancel={() => setPlan(null)} />}
      {message && (
        <p class={message.ok ? 'rp-ok' : 'ui-error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}

function Preview({
  plan,
  onConfirm,
  onCancel,
}: {
  plan: ConsolidationPlan;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const writes = plan.reports.length + plan.taskUpdates.length;
  return (
    <div class="rp-preview">
      <h4>{t('rpFiles')}</h4>
      <ul>
        {plan.files.map((f) => (
          <li key={f.name} class={f.accepted ? '' : 'rp-refused'}>
            <strong>{f.name}</strong>
            {f.department ? `（${f.department}）` : ''}：{f.accepted ? t('rpAccepted') : f.message}
            {f.warnings.length > 0 && f.accepted && (
              <ul class="ui-hint">
                {f.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {plan.departments.map((d) => (
        <details key={d.department} open>
          <summary>
            {t('rpDeptSummary', [
              d.department,
              String(d.changes.filter((c) => c.kind !== 'same').length),
              String(d.blank),
            ])}
          </summary>
          <table class="rp-table">
            <thead>
              <tr>
                <th>{t('rpColTask')}</th>
                <th>{t('rpColRole')}</th>
                <th>{t('rpColBefore')}</th>
                <th>{t('rpColAfter')}</th>
              </tr>
            </thead>
            <tbody>
              {d.changes.map((c) => (
                <tr key={c.taskId} class={`rp-${c.kind}`}>
                  <td>{c.title}</td>
                  <td>{t(c.role === 'lead' ? 'rpRoleLead' : 'rpRolePartner')}</td>
                  <td>{c.before ? `${c.before.status ?? ''} ${c.before.progress}` : t('rpNone')}</td>
                  <td>
                    {c.kind === 'same'
                      ? t('rpSame')
                      : `${c.after.status ?? ''} ${c.after.progress}${c.after.doneOn ? `（${c.after.doneOn}）` : ''}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
      {plan.conflicts.length > 0 && (
        <div class="rp-conflicts">
          <h4>{t('rpConflicts')}</h4>
          <ul>
            {plan.conflicts.map((c) => (
              <li key={c.taskId}>
                {c.title}：
                {c.statuses
                  .map((s) => `${s.department}${s.role === 'lead' ? t('rpLeadMark') : ''} ${s.status}`)
                  .join('；')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" disabled={writes === 0} onClick={onConfirm}>
        {tn('rpConfirm', plan.reports.length)}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t('rpCancel')}
      </button>
    </div>
  );
}
