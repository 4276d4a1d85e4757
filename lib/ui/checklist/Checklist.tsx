import { useEffect, useRef, useState } from 'preact/hooks';
import { BUCKETS, type BucketId } from '../../model/due-status';
import { hasActiveFilter } from '../../checklist/filters';
import type { ChecklistRow } from '../../checklist/sections';
import { t } from '../../i18n/t';
import { markDone, setOverdueOrder, updateFilters } from './actions';
import { PeriodSwitch } from './PeriodSwitch';
import { DEFAULT_OVERDUE_ORDER, type ChecklistPeriod } from '../../checklist/period';
import { FilterBar } from './FilterBar';
import { handleRowKey, isSearchShortcut, rowElements } from './row-keys';
import { Section } from './Section';
import { UndoBar, type UndoState } from './UndoBar';
import { useChecklist } from './use-checklist';
import { rowsPerSection, useFirstScreenRows } from './use-first-screen';
import type { EarlyRows } from './early-rows';
import { saveCopySoon } from '../first-paint/take-over';
import { useHoldCopy } from '../first-paint/use-hold-copy';
import { useToday } from '../use-today';
// oxlint-disable-next-line import/no-unassigned-import -- the stylesheet is bundled for its side effect
import './checklist.css';
import { errorText } from '../error-text';

const INITIALLY_OPEN: Record<BucketId, boolean> = {
  overdue: true,
  week: true,
  month: true,
  later: true,
  undated: true,
  done: false,
};

/** The deadline checklist shared by the popup and the side panel; `early`: the classic script's read (./early-rows.ts). */
export function Checklist({ early }: { early?: EarlyRows }) {
  const today = useToday();
  // Every open starts on this year's work; history is a click away and not remembered.
  const [period, setPeriod] = useState<ChecklistPeriod>('current');
  const { data, live, complete, showMore, setOpen: loadSection } = useChecklist(today, period, early);
  const [open, setOpen] = useState(INITIALLY_OPEN);
  useHoldCopy(complete);
  const screenRows = useFirstScreenRows(live);
  useEffect(() => {
    if (complete) saveCopySoon();
  }, [data, open, complete]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [noteId, setNoteId] = useState<string | null>(null);
  const [undo, setUndo] = useState<UndoState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const list = useRef<HTMLDivElement>(null);
  const search = useRef<HTMLInputElement>(null);
  // After a check-off moves a row away, focus goes to the row that took its place once it has moved.
  const [refocus, setRefocus] = useState<{ index: number; id: string } | null>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e)) return;
      e.preventDefault();
      search.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!refocus || !list.current) return;
    const rows = rowElements(list.current);
    if (rows[refocus.index]?.dataset.taskId === refocus.id) return;
    rows[Math.min(refocus.index, rows.length - 1)]?.focus();
    setRefocus(null);
  }, [data, refocus]);

  if (!data) return <p class="cl-loading">{t('loading')}</p>;
  const { sections, ledgerTitles, filters, pending } = data;
  const mine = filters.departments.length > 0 ? new Set(data.mine ?? filters.departments) : null;
  const visible = BUCKETS.flatMap((id) => (open[id] ? sections[id].rows : []));
  const shown = rowsPerSection(BUCKETS, (id) => (open[id] ? sections[id].rows.length : 0), screenRows);
  const rovingId = visible.some((r) => r.task.id === activeId) ? activeId : (visible[0]?.task.id ?? null);

  const run = (write: Promise<void>) => {
    setError(null);
    return write.catch((e: unknown) => setError(t('clSaveFailed', errorText(e))));
  };
  const toggle = (row: ChecklistRow) => {
    const done = row.task.done !== 1;
    if (list.current) {
      setRefocus({
        index: rowElements(list.current).findIndex((el) => el.dataset.taskId === row.task.id),
        id: row.task.id,
      });
    }
    setUndo(done ? { ids: [row.task.id], title: row.task.title } : null);
    void run(markDone([row.task.id], done, { [row.task.id]: row.due }));
  };
  const toggleById = (id: string) => {
    const row = visible.find((r) => r.task.id === id);
    if (row) toggle(row);
  };
  const closeNote = (id: string | null) => {
    const was = noteId;
    setNoteId(id);
    if (id === null && was) list.current?.querySelector<HTMLElement>(`[data-task-id="${CSS.escape(was)}"]`)?.focus();
  };
  const total = BUCKETS.reduce((n, id) => n + sections[id].count, 0);

  return (
    <div class="cl">
      <FilterBar
        filters={filters}
        ledgers={ledgerTitles}
        searchRef={search}
        onChange={(patch) => void run(updateFilters(patch))}
      />
      <PeriodSwitch period={period} today={today} onChange={setPeriod} />
      <UndoBar
        undo={undo}
        onUndo={() => {
          if (undo) void run(markDone(undo.ids, false));
          setUndo(null);
        }}
        onDismiss={() => setUndo(null)}
      />
      {error && (
        <p role="alert" class="cl-error" data-no-copy>
          {error}
        </p>
      )}
      {pending.length === 0 && total === 0 && (
        <p class="cl-muted">
          {hasActiveFilter(filters)
            ? t('clNothingMatches')
            : period === 'history'
              ? t('wkHistoryEmpty')
              : t('emptyChecklist')}
        </p>
      )}
      <div
        ref={list}
        class="cl-sections"
        data-view={live ? 'live' : 'snapshot'}
        aria-busy={!live}
        aria-label={t('clListLabel')}
        role="region"
        onKeyDown={(e) => list.current && handleRowKey(e, list.current, { toggle: toggleById, openNote: setNoteId })}
      >
        {BUCKETS.map((id) => (
          <Section
            key={id}
            section={sections[id]}
            shownRows={shown[id]}
            pending={pending.includes(id)}
            open={open[id]}
            onOpen={(isOpen) => {
              setOpen({ ...open, [id]: isOpen });
              loadSection(id, isOpen);
            }}
            onMore={() => showMore(id)}
            overdueOrder={data.overdueOrder ?? DEFAULT_OVERDUE_ORDER}
            onOverdueOrder={(order) => void run(setOverdueOrder(order))}
            ledgerTitles={ledgerTitles}
            mine={mine}
            today={today}
            activeId={rovingId}
            noteId={noteId}
            onToggle={toggle}
            onNote={closeNote}
            onActivate={setActiveId}
          />
        ))}
      </div>
      <p class="cl-hint">{t('clKeyboardHint')}</p>
    </div>
  );
}
