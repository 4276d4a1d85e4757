import { useId, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { restoreBackup, tableCounts } from '../../db/backup';
import { backupSample, countTables, restoreSummary, type BackupSample, type TableChange } from '../../backup/summary';
import { readBackupFile, type ValidBackup } from '../../backup/validate';
import { formatStamp } from '../../checklist/timeline';
import { REMINDER_SETTINGS_CHANGED, tellBackground } from '../../background/messages';
import { t } from '../../i18n/t';
import { useShownWhileSlow } from './use-slow-progress';
import { errorText } from '../error-text';

interface Pending {
  fileName: string;
  backup: ValidBackup;
  changes: TableChange[];
  sample: BackupSample;
}

type Outcome = { ok: boolean; text: string } | null;

/** 恢复: read a file, validate all of it, show what it replaces, and replace everything only when confirmed. */
export function RestoreSection() {
  const id = useId();
  const [pending, setPending] = useState<Pending | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<[number, number]>([0, 0]);
  const slow = useShownWhileSlow(busy);

  const pick = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    setPending(null);
    setOutcome(null);
    if (!file) return;
    try {
      // Bytes, not file.text(): a file re-saved in GBK must not be read as "���" (see lib/backup/decode.ts).
      const checked = await readBackupFile(new Uint8Array(await file.arrayBuffer()));
      if (!checked.ok) return setOutcome({ ok: false, text: checked.error });
      const changes = restoreSummary(await tableCounts(getDb()), countTables(checked.backup.tables));
      setPending({ fileName: file.name, backup: checked.backup, changes, sample: backupSample(checked.backup.tables) });
    } catch (e) {
      setOutcome({ ok: false, text: t('bkReadFailed', errorText(e)) });
    }
  };

  const restore = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(getDb(), pending.backup, (done, total) => setProgress([done, total]));
      // Reminder settings, badge days and tasks may all have changed: the worker refreshes alarms and badge.
      await tellBackground(REMINDER_SETTINGS_CHANGED);
      setOutcome({ ok: true, text: t('bkRestored', formatStamp(Date.parse(pending.backup.exportedAt))) });
      setPending(null);
    } catch (e) {
      setOutcome({ ok: false, text: t('bkRestoreFailed', errorText(e)) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="ui-panel" aria-labelledby="bk-restore-heading">
      <h3 id="bk-restore-heading">{t('bkRestoreHeading')}</h3>
      <p class="ui-muted">{t('bkRestoreIntro')}</p>
      <div class="ui-field">
        <label for={`${id}-file`}>{t('bkPickFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void pick(e.currentTarget)}
        />
      </div>
      {pending && (
        <div class="bk-confirm" role="region" aria-label={t('bkConfirmLabel')}>
          <p>{t('bkFileInfo', [pending.fileName, formatStamp(Date.parse(pending.backup.exportedAt))])}</p>
          <table class="ui-table bk-summary">
            <caption>{t('bkSummaryCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('bkColTable')}</th>
                <th scope="col">{t('bkColNow')}</th>
                <th scope="col">{t('bkColFile')}</th>
              </tr>
            </thead>
            <tbody>
              {pending.changes.map((c) => (
                <tr key={c.table} data-table={c.table}>
                  <th scope="row">{t(`bkTable_${c.table}`)}</th>
                  <td>{c.current}</td>
                  <td>{c.incoming}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <BackupSampleList sample={pending.sample} changes={pending.changes} />
          <p class="ui-warn-text">{t('bkReplaceWarning')}</p>
          <div class="ui-buttons">
            <button type="button" class="ui-primary ui-danger-button" disabled={busy} onClick={() => void restore()}>
              {t('bkConfirm')}
            </button>
            <button type="button" disabled={busy} onClick={() => setPending(null)}>
              {t('lgCancel')}
            </button>
          </div>
        </div>
      )}
      {busy && slow && (
        <p class="bk-progress" role="status">
          <progress value={progress[0]} max={progress[1] || 1} />
          <span>{t('progressRestore', [String(progress[0]), String(progress[1])])}</span>
        </p>
      )}
      {outcome && (
        <p class={outcome.ok ? 'ui-ok' : 'ui-error bk-error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </section>
  );
}

const sampleLine = (names: string[], all: number) =>
  all > names.length ? t('igSampleMore', [names.join('、'), String(all)]) : names.join('、');

/** A few names from the file itself, so the user sees it is the backup they meant before replacing everything. */
function BackupSampleList({ sample, changes }: { sample: BackupSample; changes: TableChange[] }) {
  const total = (table: string) => changes.find((c) => c.table === table)?.incoming ?? 0;
  return (
    <dl class="bk-sample">
      <dt>{t('igSampleLedgers')}</dt>
      <dd data-sample="ledgers">
        {sample.ledgers.length > 0 ? sampleLine(sample.ledgers, total('ledgers')) : t('igSampleNone')}
      </dd>
      <dt>{t('igSampleTasks')}</dt>
      <dd data-sample="tasks">
        {sample.tasks.length > 0 ? sampleLine(sample.tasks, total('tasks')) : t('igSampleNone')}
      </dd>
    </dl>
  );
}
