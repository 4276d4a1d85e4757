import { useRef, useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import type { LedgerRecord, TaskRecord } from '../../model/records';
import { tasksOfLedger } from '../../db/tasks';
import { t, tn } from '../../i18n/t';
import { formatDate } from '../format-date';
import { dueStatus } from '../../model/due-status';
import { useToday } from '../use-today';
import { useLiveQuery } from '../use-live-query';
import { archiveTasks, bulkTasks, removeTask, type BulkAction } from './actions';
import { TaskBulkBar, TaskFilter } from './TaskBulkBar';
import { ALL_TASKS, actedOn, clickRow, filterTasks, toggleAll, type TaskQuery } from './task-selection';
import { TaskForm } from './TaskForm';
import { errorText } from '../error-text';
import { FactCells, FactHeads, ProgressLine } from './TaskFacts';

interface Props {
  ledger: LedgerRecord;
  /** A delete or a bulk change happened: the page's undo toast offers to turn it back. */
  onDeleted: (message: string, undo: () => Promise<void>) => void;
}

const COLUMNS = 9;

const BULK_TOAST = {
  done: 'wkBulkToast_done',
  archive: 'wkBulkToast_archive',
  restore: 'wkBulkToast_restore',
} as const;

function DueCell({ task }: { task: TaskRecord }) {
  if (task.dueOverride)
    return (
      <>
        {formatDate(task.due, t('uiLanguage'))} <span class="ui-tag">{t('lgManual')}</span>
      </>
    );
  if (task.deadlineKind === 'recurring' && !task.due) return <span class="ui-tag">{t('lgRecurring')}</span>;
  return <>{task.due ? formatDate(task.due, t('uiLanguage')) : <span class="ui-muted">{t('undated')}</span>}</>;
}

/** 已完成 on its date, 逾期 N 天 past its due date, else 未完成 (recurring tasks are never overdue here). */
function StateCell({ task, today }: { task: TaskRecord; today: string }) {
  if (task.done) return <>{t('lgStateDone', formatDate(task.doneAt ?? '', t('uiLanguage')))}</>;
  // An archived task is history: its date passing is no longer news.
  if (task.archived) return null;
  const status = task.due ? dueStatus(task.due, today) : null;
  if (status?.kind === 'overdue') return <span class="lg-overdue">{tn('clDueOverdue', status.days)}</span>;
  return <>{t('lgStateOpen')}</>;
}

/**
 * The tasks of one ledger with add, edit and delete; the form opens in place under the row being edited. Rows can
 * be searched, filtered by state and selected (Shift-click for a range, the header box for every row shown) to
 * be marked done, archived or restored together, with undo.
 */
export function TaskTable({ ledger, onDeleted }: Props) {
  const tasks = useLiveQuery(() => tasksOfLedger(getDb(), ledger.id), [ledger.id]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [query, setQuery] = useState<TaskQuery>(ALL_TASKS);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const anchor = useRef<string | null>(null);
  const [busy, setBusy] = useState(false);
  const today = useToday();
  if (!tasks) return <p>{t('loading')}</p>;
  const shownTasks = filterTasks(tasks, query, ledger.title);
  const shown = shownTasks.map((task) => task.id);
  const chosen = actedOn(selected, shown);
  const allChosen = shown.length > 0 && chosen.length === shown.length;

  const bulk = async (action: BulkAction) => {
    setError(null);
    setBusy(true);
    try {
      const { changed, undo } = await bulkTasks(chosen, action);
      if (changed === 0) {
        setError(t('wkBulkNothing'));
        return;
      }
      setSelected(new Set());
      onDeleted(tn(BULK_TOAST[action], changed), undo);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const remove = async (task: TaskRecord) => {
    setError(null);
    try {
      const { title, undo } = await removeTask(task.id);
      if (editing === task.id) setEditing(null);
      onDeleted(t('lgTaskDeleted', title), undo);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <div class="lg-tasks">
      {tasks.length > 0 && <TaskFilter query={query} ledgerTitle={ledger.title} onChange={setQuery} />}
      <TaskBulkBar
        count={chosen.length}
        busy={busy}
        onAction={(a) => void bulk(a)}
        onClear={() => setSelected(new Set())}
      />
      <table class="ui-table">
        <caption class="ui-visually-hidden">{t('lgTasksOf', ledger.title)}</caption>
        <thead>
          <tr>
            <th scope="col" class="lg-col-pick">
              <input
                type="checkbox"
                aria-label={t('wkSelectAll', String(shown.length))}
                checked={allChosen}
                disabled={shown.length === 0}
                ref={(el) => {
                  if (el) el.indeterminate = chosen.length > 0 && !allChosen;
                }}
                onChange={() => setSelected(toggleAll(selected, shown))}
              />
            </th>
            <th scope="col" class="lg-col-seq">
              {t('colSeq')}
            </th>
            <th scope="col">{t('colTask')}</th>
            <FactHeads />
            <th scope="col" class="lg-col-due">
              {t('colDue')}
            </th>
            <th scope="col" class="lg-col-state">
              {t('lgColState')}
            </th>
            <th scope="col" class="lg-col-actions">
              {t('lgColActions')}
            </th>
          </tr>
        </thead>
        <tbody>
          {shownTasks.length === 0 && (
            <tr>
              <td colSpan={COLUMNS} class="ui-muted">
                {tasks.length === 0 ? t('lgNoTasks') : t('wkFilterNone')}
              </td>
            </tr>
          )}
          {shownTasks.map((task) => [
            <tr
              key={task.id}
              data-task-id={task.id}
              class={[task.done ? 'lg-done' : '', task.archived ? 'lg-archived' : ''].join(' ').trim() || undefined}
            >
              <td class="lg-pick">
                <input
                  type="checkbox"
                  aria-label={t('wkSelectTask', task.title)}
                  checked={selected.has(task.id)}
                  onClick={(e) => {
                    const box = e.currentTarget;
                    setSelected(clickRow(selected, shown, task.id, box.checked, anchor.current, e.shiftKey));
                    anchor.current = task.id;
                  }}
                />
              </td>
              <td>{task.seq}</td>
              <td>
                {task.group && <div class="lg-group">{task.group}</div>}
                <div class="lg-title">{task.title}</div>
                <ProgressLine progress={task.progress} />
              </td>
              <FactCells task={task} />
              <td class="lg-due">
                <DueCell task={task} />
              </td>
              <td>
                <StateCell task={task} today={today} />
                {task.archived === 1 && <span class="ui-tag lg-archived-tag">{t('docArchivedTag')}</span>}
              </td>
              <td class="ui-row-actions">
                <button
                  type="button"
                  class="ui-link"
                  aria-expanded={editing === task.id}
                  aria-label={t('lgEditTaskLabel', task.title)}
                  onClick={() => setEditing(editing === task.id ? null : task.id)}
                >
                  {t('lgEdit')}
                </button>
                <button
                  type="button"
                  class="ui-link"
                  aria-label={t(task.archived ? 'docUnarchiveTaskLabel' : 'docArchiveTaskLabel', task.title)}
                  onClick={() =>
                    void archiveTasks([task.id], task.archived === 0).catch((e: unknown) => setError(errorText(e)))
                  }
                >
                  {t(task.archived ? 'docUnarchive' : 'docArchive')}
                </button>
                <button
                  type="button"
                  class="ui-link ui-danger"
                  aria-label={t('lgDeleteTaskLabel', task.title)}
                  onClick={() => void remove(task)}
                >
                  {t('lgDelete')}
                </button>
              </td>
            </tr>,
            editing === task.id && (
              <tr key={`${task.id}-edit`} class="lg-edit-row">
                <td colSpan={COLUMNS}>
                  <TaskForm ledger={ledger} task={task} onDone={() => setEditing(null)} />
                </td>
              </tr>
            ),
          ])}
        </tbody>
      </table>
      {error && (
        <p class="ui-error" role="alert">
          {error}
        </p>
      )}
      {editing === 'new' ? (
        <div class="ui-panel">
          <h4>{t('lgAddTask')}</h4>
          <TaskForm ledger={ledger} task={null} onDone={() => setEditing(null)} />
        </div>
      ) : (
        <button type="button" class="lg-add-task" onClick={() => setEditing('new')}>
          {t('lgAddTaskButton')}
        </button>
      )}
    </div>
  );
}
