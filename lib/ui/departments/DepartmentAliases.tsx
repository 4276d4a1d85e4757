import { useState } from 'preact/hooks';
import { proposeAliases, type AliasProposal } from '../../ledger/alias-proposals';
import { aliasLookup, resolveDepartments } from '../../model/department-aliases';
import { sortDepartments } from '../../checklist/filters';
import type { AliasRecord } from '../../model/records';
import { t } from '../../i18n/t';
import { useLiveQuery } from '../use-live-query';
import { errorText } from '../error-text';
import { dismiss, merge, proposalKey, readDepartmentNames, split } from './actions';

type Run = (write: () => Promise<void>, done: string) => void;

function Proposal({ proposal, run }: { proposal: AliasProposal; run: Run }) {
  const names = [proposal.canonical, ...proposal.aliases];
  const [into, setInto] = useState(proposal.canonical);
  const chosen = names.includes(into) ? into : proposal.canonical;
  return (
    <li class="dp-proposal" data-proposal={proposalKey(names)} aria-label={t('dpProposalLabel', names.join('、'))}>
      <span class="dp-names">{names.join(' / ')}</span>
      <label>
        {t('dpProposalInto')}
        <select value={chosen} onChange={(e) => setInto(e.currentTarget.value)}>
          {names.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => run(() => merge(names, chosen), t('dpMerged', chosen))}>
        {t('dpProposalAccept')}
      </button>
      <button type="button" class="cl-link" onClick={() => run(() => dismiss(proposalKey(names)), '')}>
        {t('dpProposalDismiss')}
      </button>
    </li>
  );
}

function AliasTable({ aliases, run }: { aliases: AliasRecord[]; run: Run }) {
  if (aliases.length === 0) return <p class="cl-muted">{t('dpAliasesNone')}</p>;
  const byUnit = new Map<string, string[]>();
  for (const a of aliases) byUnit.set(a.canonical, [...(byUnit.get(a.canonical) ?? []), a.alias]);
  return (
    <table class="dp-aliases">
      <thead>
        <tr>
          <th scope="col">{t('dpColUnit')}</th>
          <th scope="col">{t('dpColAliases')}</th>
        </tr>
      </thead>
      <tbody>
        {sortDepartments(byUnit.keys()).map((unit) => (
          <tr key={unit} data-unit={unit}>
            <th scope="row">{unit}</th>
            <td>
              <ul>
                {sortDepartments(byUnit.get(unit)!).map((alias) => (
                  <li key={alias} data-alias={alias}>
                    {alias}{' '}
                    <button
                      type="button"
                      class="cl-link"
                      aria-label={t('dpSplitLabel', alias)}
                      onClick={() => run(() => split(alias), t('dpSplitDone', alias))}
                    >
                      {t('dpSplit')}
                    </button>
                  </li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ManualMerge({ units, run }: { units: string[]; run: Run }) {
  const [picked, setPicked] = useState<string[]>([]);
  const [into, setInto] = useState('');
  const chosen = picked.filter((n) => units.includes(n));
  const target = into.trim() || chosen[0] || '';
  return (
    <fieldset class="cl-departments dp-merge">
      <legend>{t('dpMergePick')}</legend>
      <ul>
        {units.map((name) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                data-merge-name={name}
                checked={chosen.includes(name)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setPicked((p) => (on ? [...p.filter((n) => n !== name), name] : p.filter((n) => n !== name)));
                }}
              />
              {name}
            </label>
          </li>
        ))}
      </ul>
      <label class="cl-field">
        {t('dpMergeInto')}
        <input
          type="text"
          list="dp-merge-names"
          value={into}
          placeholder={chosen[0] ?? ''}
          maxLength={100}
          onInput={(e) => setInto(e.currentTarget.value)}
        />
        <datalist id="dp-merge-names">
          {chosen.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
      </label>
      <button
        type="button"
        disabled={chosen.length < 2 && !(chosen.length === 1 && target !== chosen[0])}
        onClick={() =>
          run(
            async () => {
              await merge(chosen, target);
              setPicked([]);
              setInto('');
            },
            t('dpMerged', target),
          )
        }
      >
        {t('dpMergeButton')}
      </button>
    </fieldset>
  );
}

/**
 * 部门名称: one name per real unit. Proposals (names that differ only by region or bracket) are merged only when
 * the user says so; merged names can be split back out one by one.
 */
export function DepartmentAliases() {
  const data = useLiveQuery(readDepartmentNames, []);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  if (!data) return <p>{t('loading')}</p>;
  const run: Run = (write, done) => {
    setStatus(null);
    write().then(
      () => setStatus(done ? { ok: true, text: done } : null),
      (e: unknown) => setStatus({ ok: false, text: errorText(e) }),
    );
  };
  const proposals = proposeAliases(data.names, data.aliases).filter(
    (p) => !data.dismissed.includes(proposalKey([p.canonical, ...p.aliases])),
  );
  const units = sortDepartments(resolveDepartments(data.names, aliasLookup(data.aliases)));
  return (
    <section class="dp" aria-labelledby="dp-title">
      <h2 id="dp-title">{t('dpTabTitle')}</h2>
      <p class="cl-muted">{t('dpIntro')}</p>
      <h3>{t('dpProposalsTitle')}</h3>
      {proposals.length === 0 ? (
        <p class="cl-muted">{t('dpProposalsNone')}</p>
      ) : (
        <ul class="dp-proposals">
          {proposals.map((p) => (
            <Proposal key={proposalKey([p.canonical, ...p.aliases])} proposal={p} run={run} />
          ))}
        </ul>
      )}
      <h3>{t('dpAliasesTitle')}</h3>
      <AliasTable aliases={data.aliases} run={run} />
      <h3>{t('dpMergeTitle')}</h3>
      {units.length === 0 ? <p class="cl-muted">{t('dpNoNames')}</p> : <ManualMerge units={units} run={run} />}
      <p role="status" class={status?.ok === false ? 'cl-error' : 'cl-muted'}>
        {status?.text}
      </p>
    </section>
  );
}
