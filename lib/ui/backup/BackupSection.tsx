import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { exportBackup } from '../../db/backup';
import { settings } from '../../db/setting-keys';
import { backupFileName, serializeBackup } from '../../backup/format';
import { formatStamp } from '../../checklist/timeline';
import { t } from '../../i18n/t';
import { useShownWhileSlow } from './use-slow-progress';
import { useLiveQuery } from '../use-live-query';
import { downloadText } from '../download';
import { errorText } from '../error-text';

/** 备份: the whole database as one JSON file, and when that was last done. */
export function BackupSection() {
  const last = useLiveQuery(() => settings.lastBackupAt.getValue(getDb()), []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const slow = useShownWhileSlow(busy);
  const download = async () => {
    setError(null);
    setBusy(true);
    try {
      const now = new Date();
      const backup = await exportBackup(getDb(), now.getTime());
      downloadText(backupFileName(now), serializeBackup(backup));
    } catch (e) {
      setError(t('bkExportFailed', errorText(e)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="ui-panel" aria-labelledby="bk-export-heading">
      <h3 id="bk-export-heading">{t('bkExportHeading')}</h3>
      <p class="ui-muted">{t('bkExportIntro')}</p>
      <p class="bk-last" data-last-backup={last ?? ''}>
        {last === undefined
          ? t('loading')
          : last === null
            ? t('bkNeverBackedUp')
            : t('bkLastBackup', formatStamp(last))}
      </p>
      <button type="button" class="ui-primary" disabled={busy} onClick={() => void download()}>
        {t('bkDownload')}
      </button>
      {busy && slow && (
        <p class="bk-progress" role="status">
          <progress />
          <span>{t('progressBackup')}</span>
        </p>
      )}
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
