import { errorText } from '../error-text';
import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { importPackage } from '../../db/reports';
import { readPackage, type DispatchPackage } from '../../report/package';
import { t, tn } from '../../i18n/t';

/** For a department with the extension: import the office's package as its own ledger, after a look at it. */
export function PackageImport() {
  const [pkg, setPkg] = useState<DispatchPackage | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const choose = async (file: File) => {
    const read = readPackage(await file.text());
    setPkg(read.ok ? read.pkg : null);
    setMessage(read.ok ? null : { ok: false, text: read.error });
  };
  const confirm = async () => {
    if (!pkg) return;
    try {
      const done = await importPackage(getDb(), pkg);
      setMessage({ ok: true, text: tn('rpPackageImported', done.tasks, [pkg.ledgerTitle, String(done.tasks)]) });
      setPkg(null);
    } catch (e) {
      setMessage({ ok: false, text: t('rpImportFailed', errorText(e, 'errUnexpected')) });
    }
  };
  return (
    <details class="rp-panel">
      <summary>{t('rpPackageImport')}</summary>
      <p class="ui-hint">{t('rpPackageImportHint')}</p>
      <input
        type="file"
        accept=".json,application/json"
        aria-label={t('rpPackageImport')}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) void choose(file);
        }}
      />
      {pkg && (
        <p>
          {t('rpPackagePreview', [
            pkg.department,
            pkg.ledgerTitle,
            pkg.period.label,
            String(pkg.tasks.filter((x) => x.role === 'lead').length),
            String(pkg.tasks.filter((x) => x.role === 'partner').length),
          ])}{' '}
          <button type="button" onClick={() => void confirm()}>
            {t('rpPackageConfirm')}
          </button>{' '}
          <button type="button" onClick={() => setPkg(null)}>
            {t('rpCancel')}
          </button>
        </p>
      )}
      {message && (
        <p class={message.ok ? 'rp-ok' : 'ui-error'} role="status">
          {message.text}
        </p>
      )}
    </details>
  );
}
