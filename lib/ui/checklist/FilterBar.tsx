import type { Ref } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { hasActiveFilter } from '../../checklist/filters';
import type { ChecklistFilters } from '../../checklist/settings';
import { t } from '../../i18n/t';
import type { FilterPatch } from './actions';
import { LazyDepartmentPicker } from './LazyDepartmentPicker';

export interface FilterBarProps {
  filters: ChecklistFilters;
  ledgers: ReadonlyMap<string, string>;
  onChange: (patch: FilterPatch) => void;
  searchRef: Ref<HTMLInputElement>;
}

export function FilterBar({ filters, ledgers, onChange, searchRef }: FilterBarProps) {
  // The box keeps what is typed; the stored filter follows, so fast typing never loses a character.
  const [search, setSearch] = useState(filters.search);
  // The first view can come from an earlier same-day snapshot; when the stored search then differs (the live
  // filters, or another page's change), the box follows it unless something else has been typed since.
  const [stored, setStored] = useState(filters.search);
  useEffect(() => {
    if (filters.search === stored) return;
    setSearch((typed) => (typed === stored ? filters.search : typed));
    setStored(filters.search);
  }, [filters.search, stored]);
  const [picking, setPicking] = useState(false);
  const mine = filters.departments.length;
  return (
    <div class="cl-filters" role="search">
      <input
        ref={searchRef}
        type="search"
        class="cl-search"
        value={search}
        aria-label={t('clSearchLabel')}
        placeholder={t('clSearchPlaceholder')}
        onInput={(e) => {
          setSearch(e.currentTarget.value);
          onChange({ search: e.currentTarget.value });
        }}
      />
      <div class="cl-filter-row">
        <select
          class="cl-ledger-filter"
          aria-label={t('clLedgerFilter')}
          value={filters.ledgerId ?? ''}
          onChange={(e) => onChange({ ledgerId: e.currentTarget.value || null })}
        >
          <option value="">{t('clAllLedgers')}</option>
          {[...ledgers].map(([id, title]) => (
            <option key={id} value={id}>
              {title}
            </option>
          ))}
        </select>
        <button type="button" class="cl-mine" aria-expanded={picking} onClick={() => setPicking(!picking)}>
          {mine > 0 ? t('clMyDepartmentsCount', String(mine)) : t('clMyDepartments')}
        </button>
        {hasActiveFilter(filters) && (
          <button
            type="button"
            class="cl-link"
            onClick={() => {
              setSearch('');
              // Hiding partner rows is a lasting choice, not a filter of the moment: clearing keeps it.
              onChange({ departments: [], ledgerId: null, search: '' });
            }}
          >
            {t('clClearFilters')}
          </button>
        )}
      </div>
      {mine > 0 && (
        <label class="cl-hide-partners">
          <input
            type="checkbox"
            checked={filters.hidePartners === true}
            onChange={(e) => onChange({ hidePartners: e.currentTarget.checked })}
          />
          {t('dpHidePartners')}
        </label>
      )}
      {picking && (
        <LazyDepartmentPicker
          selected={filters.departments}
          onChange={(update) => onChange((f) => ({ departments: update(f.departments) }))}
        />
      )}
    </div>
  );
}
