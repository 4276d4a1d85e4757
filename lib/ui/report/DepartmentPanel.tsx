import { useEffect, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { departmentForm, saveOwnReport, type DepartmentSide, type LedgerReporting } from '../../db/reports';
import type { ReportRecord } from '../../model/records';
import { REPORT_STATUSES, type ReportStatus } from '../../report/status';
import { roleOf, type ReportTask } from '../../report/types';
import { t } from '../../i18n/t';
import { periodText } from './period-text';
import { saveXlsx } from './files';
import { errorText } from '../error-text';
import { readOwnDraft, saveOwnDraft, type OwnReportDraft } from './own-draft';

type Side = DepartmentSide[string];

/**
 * On a department's machine (ledger imported from the office's package): fill this period's progress per task,
 * then export the filled 报送表 — the same form the office dispatches, which its 汇总 step reads.
 */
export function DepartmentPanel({ data, side }: { data: LedgerReporting; side: Side }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const mine = data.tasks.filter((x) => roleOf(x, side.department));
  const latest = new Map<string, ReportRecord>();
  for (const r of data.reports) {
    if (r.department !== side.department || r.periodStart !== side.period.start) continue;
    const had = latest.get(r.taskId);
    if (!had || r.importedAt >= had.importedAt) latest.set(r.taskId, r);
  }
  const exportForm = async () => {
    try {
      const input = await departmentForm(getDb(), data.ledger.id);
      if (!input) return;
      const { writeReportForm } = await import('../../report/form');
      saveXlsx([side.department, data.ledger.title, side.period.label, '报送表（已填）'], await writeReportForm(input));
      setMessage({ ok: true, text: t('prExported', String(latest.size)) });
    } catch (e) {
      setMessage({ ok: false, text: t('rpWriteFailed', errorText(e, 'errUnexpected')) });
    }
  };
  return (
    <section class="rp-panel rp-own" aria-labelledby="rp-own">
      <h3 id="rp-own">{t('prOwnHeading', [side.department, periodText(side.period)])}</h3>
      <p class="ui-hint">{t('prOwnHint')}</p>
      <ul class="rp-own-list">
        {mine.map((task) => (
          <OwnRow
            key={`${task.id}-${latest.get(task.id)?.id ?? ''}`}
            task={task}
            side={side}
            ledgerId={data.ledger.id}
            saved={latest.get(task.id) ?? null}
          />
        ))}
      </ul>
      <p class="rp-actions">
        <button type="button" onClick={() => void exportForm()}>
          {t('prExport')}
        </button>{' '}
        <span class="ui-hint">{t('prFilledCount', [String(latest.size), String(mine.length)])}</span>
      </p>
      {message && (
        <p class={message.ok ? 'rp-ok' : 'ui-error'} role="status">
          {message.text}
        </p>
      )}
    </section>
  );
}

type Fields = Omit<OwnReportDraft, 'periodStart'>;

function OwnRow({
  task,
  side,
  ledgerId,
  saved,
}: {
  task: ReportTask;
  side: Side;
  ledgerId: string;
  saved: ReportRecord | null;
}) {
  const initial: Fields = {
    status: saved?.status ?? '',
    progress: saved?.progress ?? '',
    doneOn: saved?.doneOn ?? '',
    evidence: saved?.evidence ?? '',
  };
  const [fields, setFields] = useState(initial);
  // The inputs wait for the draft: keystrokes typed before it arrives would be overwritten by it.
  const [ready, setReady] = useState(false);
  const [drafted, setDrafted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    readOwnDraft(task.id, side.period.start)
      .then((draft) => {
        if (draft) {
          const { periodStart: _, ...typed } = draft;
          setFields(typed);
          setDrafted(true);
        }
      })
      .catch((e: unknown) => console.warn('report draft', e))
      .finally(() => setReady(true));
  }, [task.id, side.period.start]);
  const { status, progress, doneOn, evidence } = fields;
  const edit = (patch: Partial<Fields>) => {
    const next = { ...fields, ...patch };
    setFields(next);
    setDrafted(true);
    saveOwnDraft(task.id, { periodStart: side.period.start, ...next }).catch((e: unknown) =>
      console.warn('report draft', e),
    );
  };
  const role = roleOf(task, side.department);
  const save = async (e: Event) => {
    e.preventDefault();
    if (status === '已完成' && !doneOn) return setError(t('prNeedDoneOn'));
    try {
      await saveOwnReport(getDb(), ledgerId, task.id, {
        status: status || null,
        progress,
        doneOn: doneOn || null,
        evidence,
      });
      setError(null);
      setDrafted(false);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <li class="rp-own-row" data-task-id={task.id}>
      <form onSubmit={(e) => void save(e)}>
        <fieldset disabled={!ready}>
          <p>
            <strong>
              {task.seq ? `${task.seq}. ` : ''}
              {task.title}
            </strong>{' '}
            <span class="ui-hint">{role === 'lead' ? t('prRoleLead') : t('prRolePartner')}</span>
            {drafted ? (
              <span class="rp-draft"> {t('prDraft')}</span>
            ) : (
              saved && <span class="rp-ok"> {t('prSaved')}</span>
            )}
          </p>
          <label>
            {t('prStatus')}{' '}
            <select
              value={status}
              onChange={(e) => edit({ status: (e.target as HTMLSelectElement).value as ReportStatus | '' })}
            >
              <option value="">{t('prStatusNone')}</option>
              {REPORT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('prDoneOn')}{' '}
            <input type="date" value={doneOn} onInput={(e) => edit({ doneOn: (e.target as HTMLInputElement).value })} />
          </label>
          <label class="rp-own-wide">
            {t('prProgress')}
            <textarea
              rows={2}
              maxLength={5000}
              value={progress}
              onInput={(e) => edit({ progress: (e.target as HTMLTextAreaElement).value })}
            />
          </label>
          <label class="rp-own-wide">
            {t('prEvidence')}
            <input
              type="text"
              maxLength={2000}
              value={evidence}
              onInput={(e) => edit({ evidence: (e.target as HTMLInputElement).value })}
            />
          </label>
          <button type="submit">{t('prSave')}</button>
          {error && (
            <span class="ui-error" role="alert">
              {' '}
              {error}
            </span>
          )}
        </fieldset>
      </form>
    </li>
  );
}
