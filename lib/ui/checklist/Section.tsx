import type { BucketId } from '../../model/due-status';
import type { ChecklistRow, ChecklistSection } from '../../checklist/sections';
import { t, type MessageKey } from '../../i18n/t';
import { TaskRow } from './TaskRow';
import { departmentRole } from '../../model/department-aliases';
import { OVERDUE_ORDERS, type OverdueOrder } from '../../checklist/period';

const ORDER_LABELS = { recent: 'wkOrderRecent', oldest: 'wkOrderOldest' } as const;

export const SECTION_LABELS: Record<BucketId, MessageKey> = {
  overdue: 'clSectionOverdue',
  week: 'clSectionWeek',
  month: 'clSectionMonth',
  later: 'clSectionLater',
  undated: 'clSectionUndated',
  done: 'clSectionDone',
};

export interface SectionProps {
  section: ChecklistSection;
  /** How many of its rows to render now (./use-first-screen.ts). */
  shownRows: number;
  /** The count is not known yet: it comes after the first rows. */
  pending: boolean;
  open: boolean;
  onOpen: (open: boolean) => void;
  onMore: () => void;
  overdueOrder: OverdueOrder;
  onOverdueOrder: (order: OverdueOrder) => void;
  ledgerTitles: ReadonlyMap<string, string>;
  /** Every spelling of my departments; null when none is chosen (rows then carry no 牵头/配合 mark). */
  mine: ReadonlySet<string> | null;
  today: string;
  activeId: string | null;
  noteId: string | null;
  onToggle: (row: ChecklistRow) => void;
  onNote: (id: string | null) => void;
  onActivate: (id: string) => void;
}

export function Section(props: SectionProps) {
  const { section, pending, open, onOpen, onMore, ledgerTitles, today, activeId, noteId } = props;
  const label = t(SECTION_LABELS[section.id]);
  const headingId = `cl-h-${section.id}`;
  const more = section.count - section.rows.length;
  return (
    <section
      class={`cl-section cl-section-${section.id}${section.count === 0 ? ' cl-section-empty' : ''}`}
      data-section={section.id}
      aria-labelledby={headingId}
    >
      <h2 class="cl-section-head" id={headingId}>
        <button
          type="button"
          aria-expanded={open}
          onClick={() => onOpen(!open)}
          aria-label={t('clSectionToggle', `${label} ${pending ? '' : section.count}`)}
        >
          <span class="cl-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span class="cl-section-label">{label}</span>
          <span class="cl-count" aria-busy={pending}>
            {pending ? '…' : section.count}
          </span>
        </button>
      </h2>
      {open && section.id === 'overdue' && section.count > 1 && (
        <select
          class="cl-order"
          aria-label={t('wkOverdueOrder')}
          value={props.overdueOrder}
          onChange={(e) => props.onOverdueOrder(e.currentTarget.value as OverdueOrder)}
        >
          {OVERDUE_ORDERS.map((order) => (
            <option key={order} value={order}>
              {t(ORDER_LABELS[order])}
            </option>
          ))}
        </select>
      )}
      {/* shownRows counts only an open section's rows (Checklist, ./use-first-screen.ts). */}
      {props.shownRows > 0 && (
        <ul class="cl-rows">
          {section.rows.slice(0, props.shownRows).map((row) => (
            <TaskRow
              key={row.task.id}
              row={row}
              ledgerTitle={ledgerTitles.get(row.task.ledgerId) ?? ''}
              role={props.mine ? departmentRole(row.task, props.mine) : null}
              today={today}
              active={row.task.id === activeId}
              noteOpen={row.task.id === noteId}
              onToggle={props.onToggle}
              onNote={props.onNote}
              onActivate={props.onActivate}
            />
          ))}
        </ul>
      )}
      {open && !pending && more > 0 && (
        <button type="button" class="cl-more" onClick={onMore}>
          {t('clShowMore', String(more))}
        </button>
      )}
    </section>
  );
}
