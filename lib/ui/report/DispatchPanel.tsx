import { errorText } from '../error-text';
import { useState } from 'preact/hooks';
import type { LedgerReporting } from '../../db/reports';
import { formInputs } from '../../db/reports';
import type { ReportPeriod } from '../../report/form-types';
import { t, tn } from '../../i18n/t';
import { buildPackage } from '../../report/package';
import { downloadText } from '../download';
import { fileName } from '../../model/file-name';
import { saveXlsx } from './files';

/** 下发: one click per department writes its 报送表. */
export function DispatchPanel({ data, period }: { data: LedgerReporting; period: ReportPeriod }) {
  const forms = formInputs(data, period);
  const [error, setError] = useState<string | null>(null);
  const write = async (i: number) => {
    try {
      const { writeReportForm } = await import('../../report/form');
      const f = forms[i];
      saveXlsx([f.department, f.ledgerTitle, period.label, '报送表'], await writeReportForm(f));
    } catch (e) {
      setError(t('rpWriteFailed', errorText(e, 'errUnexpected')));
    }
  };
  const writePackage = (department: string) => {
    const pkg = buildPackage(data.ledger, data.tasks, department, period);
    downloadText(
      fileName([department, data.ledger.title, period.label, '数据包'], 'json'),
      JSON.stringify(pkg, null, 1),
    );
  };
  const writeAll = async () => {
    for (let i = 0; i < forms.length; i++) await write(i);
  };
  if (!forms.length) return <p>{t('rpNoDepartments')}</p>;
  return (
    <section class="rp-panel" aria-labelledby="rp-dispatch">
      <h3 id="rp-dispatch">{t('rpDispatch')}</h3>
      <p class="ui-hint">{t('rpDispatchHint')}</p>
      <button type="button" onClick={() => void writeAll()}>
        {tn('rpDispatchAll', forms.length)}
      </button>
      <ul class="rp-departments">
        {forms.map((f, i) => (
          <li key={f.department}>
            <button type="button" onClick={() => void write(i)} aria-label={t('rpDispatchOne', f.department)}>
              {f.department}
            </button>{' '}
            <button
              type="button"
              class="rp-small"
              onClick={() => writePackage(f.department)}
              aria-label={t('rpPackageOne', f.department)}
            >
              {t('rpPackage')}
            </button>
            <span class="ui-hint">
              {' '}
              {t('rpTaskCounts', [
                String(f.tasks.filter((x) => x.role === 'lead').length),
                String(f.tasks.filter((x) => x.role === 'partner').length),
              ])}
            </span>
          </li>
        ))}
      </ul>
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
