import { t, tn } from '../../i18n/t';
import type { BulkAction } from './actions';
import { TASK_STATES, type TaskQuery } from './task-selection';

const STATE_LABEL = {
  all: 'wkStateAll',
  open: 'wkStateOpen',
  done: 'wkStateDone',
  archived: 'wkStateArchived',
} as const;

/** Search and state filter over one ledger's tasks (archived ones included: 归档 is kept to be found). */
export function TaskFilter({
  query,
  ledgerTitle,
  onChange,
}: {
  query: TaskQuery;
  ledgerTitle: string;
  onChange: (query: TaskQuery) => void;
}) {
  return (
    <div class="lg-task-filter" role="search">
      <input
        type="search"
        value={query.search}
        aria-label={t('wkFilterSearch', ledgerTitle)}
        placeholder={t('wkFilterPlaceholder')}
        onInput={(e) => onChange({ ...query, search: e.currentTarget.value })}
      />
      <select
        aria-label={t('wkFilterState')}
        value={query.state}
        onChange={(e) => onChange({ ...query, state: e.currentTarget.value as TaskQuery['state'] })}
      >
        {TASK_STATES.map((state) => (
          <option key={state} value={state}>
            {t(STATE_LABEL[state])}
          </option>
        ))}
      </select>
    </div>
  );
}

/** "已选 N 项 [标记完成] [归档] [恢复] [取消选择]", shown while rows are selected. */
export function TaskBulkBar({
  count,
  busy,
  onAction,
  onClear,
}: {
  count: number;
  busy: boolean;
  onAction: (action: BulkAction) => void;
  onClear: () => void;
}) {
  if (count === 0) return null;
  return (
    <div class="lg-bulk" role="toolbar" aria-label={t('wkBulkLabel')}>
      <span class="lg-bulk-count">{tn('wkSelected', count)}</span>
      <button type="button" disabled={busy} onClick={() => onAction('done')}>
        {t('wkBulkDone')}
      </button>
      <button type="button" disabled={busy} onClick={() => onAction('archive')}>
        {t('wkBulkArchive')}
      </button>
      <button type="button" disabled={busy} onClick={() => onAction('restore')}>
        {t('wkBulkRestore')}
      </button>
      <button type="button" class="ui-link" onClick={onClear}>
        {t('wkBulkClear')}
      </button>
    </div>
  );
}
