import { useEffect, useState } from 'preact/hooks';
import type { ChecklistRow } from '../../checklist/sections';
import type { DepartmentRole } from '../../model/department-aliases';
import { t } from '../../i18n/t';
import { formatDate } from '../format-date';
import { dueText } from './due-text';
import { LazyNotePanel } from './LazyNotePanel';
import { lastPeriodDone } from '../../model/effective-due';

export interface TaskRowProps {
  row: ChecklistRow;
  ledgerTitle: string;
  /** Whether my departments lead (牵头) or partner in (配合) the task; null when no department is chosen. */
  role: DepartmentRole | null;
  today: string;
  /** The row that Tab reaches (roving tabindex); ↑/↓ move it. */
  active: boolean;
  noteOpen: boolean;
  onToggle: (row: ChecklistRow) => void;
  onNote: (id: string | null) => void;
  onActivate: (id: string) => void;
}

function DueLine({ row, today }: { row: ChecklistRow; today: string }) {
  const { task } = row;
  if (task.done === 1)
    return <span class="cl-due">{t('clDoneOn', formatDate(task.doneAt ?? '', t('uiLanguage')))}</span>;
  const { text, tone } = dueText(row, today);
  const last = lastPeriodDone(task);
  return (
    <span class="cl-due">
      {row.due === '' ? (
        <span>{task.deadlineText.trim() || t('clNoDate')}</span>
      ) : (
        <>
          <time dateTime={row.due}>{formatDate(row.due, t('uiLanguage'))}</time>
          <span class={`cl-status cl-${tone}`}>{text}</span>
        </>
      )}
      {row.recurring && <span class="cl-tag">{t('clRecurring', task.deadlineText)}</span>}
      {row.recurring && last && <span class="cl-tag cl-period-done">{t('prLastPeriodDone', last.due)}</span>}
    </span>
  );
}

export function TaskRow({
  row,
  ledgerTitle,
  role,
  today,
  active,
  noteOpen,
  onToggle,
  onNote,
  onActivate,
}: TaskRowProps) {
  const { task } = row;
  const done = task.done === 1;
  // Shows the click at once; the stored state takes over when the live query delivers it.
  const [checked, setChecked] = useState(done);
  // A recurring duty stays open when ticked: its next period (a new due date) unticks the box.
  useEffect(() => setChecked(done), [done, row.due]);
  const tab = active ? 0 : -1;
  const status = done ? t('clDoneOn', formatDate(task.doneAt ?? '', t('uiLanguage'))) : dueText(row, today).text;
  return (
    <li
      class={`cl-row${done ? ' cl-row-done' : ''}`}
      data-task-id={task.id}
      tabIndex={tab}
      aria-label={[task.title, status].filter(Boolean).join('，')}
      onFocusCapture={() => onActivate(task.id)}
    >
      <input
        type="checkbox"
        class="cl-check"
        checked={checked}
        tabIndex={tab}
        aria-label={done ? t('clMarkOpen', task.title) : t('clMarkDone', task.title)}
        // The second click of a double click (detail 2) is not a second tick: on a recurring duty it would
        // complete the next period too, on any task it would undo the first click. Cancelled, it changes nothing.
        onClick={(e) => {
          if (e.detail > 1) e.preventDefault();
        }}
        onChange={() => {
          setChecked(!done);
          onToggle(row);
        }}
      />
      <div class="cl-main">
        <span class="cl-title">{task.title}</span>
        <span class="cl-meta">
          {role && (
            <span
              class={`cl-role cl-role-${role}`}
              data-role={role}
              title={t(role === 'lead' ? 'dpRoleLeadLabel' : 'dpRolePartnerLabel')}
            >
              {t(role === 'lead' ? 'dpRoleLead' : 'dpRolePartner')}
            </span>
          )}
          {ledgerTitle && <span class="cl-ledger">{ledgerTitle}</span>}
          {task.lead.length > 0 && <span class="cl-lead">{t('clLead', task.lead.join('、'))}</span>}
        </span>
        <DueLine row={row} today={today} />
        {task.progress && (
          <span class="cl-progress" title={task.progress}>
            {t('rpLatestProgress', task.progress.length > 80 ? `${task.progress.slice(0, 80)}…` : task.progress)}
          </span>
        )}
      </div>
      <button
        type="button"
        class="cl-note-btn"
        tabIndex={tab}
        aria-expanded={noteOpen}
        aria-label={t('clNoteButtonLabel', task.title)}
        onClick={() => onNote(noteOpen ? null : task.id)}
      >
        {task.notes.length > 0 ? t('clNoteButtonCount', String(task.notes.length)) : t('clNoteButton')}
      </button>
      {noteOpen && <LazyNotePanel task={task} onClose={() => onNote(null)} />}
    </li>
  );
}
