import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import type { LedgerRecord, TaskRecord } from '../../model/records';
import { tasksOfLedger } from '../../db/tasks';
import { t, tn } from '../../i18n/t';
import { formatDate } from '../format-date';
import { dueStatus } from '../../model/due-status';
import { useToday } from '../use-today';
import { useLiveQuery } from '../use-live-query';
import { archiveTasks, removeTask } from './actions';
import { TaskForm } from './TaskForm';
import { FactCells, FactHeads, ProgressLine } from './TaskFacts';
import { storageErrorText } from '../../db/storage-error';

interface Props {
  ledger: LedgerRecord;
  onDeleted: (message: string, undo: () => Promise<void>) => void;
}

const COLUMNS = 9;

function DueCell({ task }: { task: TaskRecord }) {
  if (task.dueOverride)
    return (
      <>
        {formatDate(task.due, t('uiLanguage'))} <span class="lg-tag">{t('lgManual')}</span>
      </>
    );
  if (task.deadlineKind === 'recurring' && !task.due) return <span class="lg-tag">{t('lgRecurring')}</span>;
  return <>{task.due ? formatDate(task.due, t('uiLanguage')) : <span class="lg-muted">{t('undated')}</span>}</>;
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

/** The tasks of one ledger with add, edit and delete; the form opens in place under the row being edited. */
export function TaskTable({ ledger, onDeleted }: Props) {
  const tasks = useLiveQuery(() => tasksOfLedger(getDb(), ledger.id), [ledger.id]);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const today = useToday();
  if (!tasks) return <p>{t('loading')}</p>;

  const remove = async (task: TaskRecord) => {
    setError(null);
    try {
      const { title, undo } = await removeTask(task.id);
      if (editing === task.id) setEditing(null);
      onDeleted(t('lgTaskDeleted', title), undo);
    } catch (e) {
      setError(storageErrorText(e));
    }
  };

  return (
    <div class="lg-tasks">
      <table class="lg-table">
        <caption class="lg-visually-hidden">{t('lgTasksOf', ledger.title)}</caption>
        <thead>
          <tr>
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
          {tasks.length === 0 && (
            <tr>
              <td colSpan={COLUMNS} class="lg-muted">
                {t('lgNoTasks')}
              </td>
            </tr>
          )}
          {tasks.map((task) => [
            <tr
              key={task.id}
              data-task-id={task.id}
              class={[task.done ? 'lg-done' : '', task.archived ? 'lg-archived' : ''].join(' ').trim() || undefined}
            >
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
                {task.archived === 1 && <span class="lg-tag lg-archived-tag">{t('docArchivedTag')}</span>}
              </td>
              <td class="lg-row-actions">
                <button
                  type="button"
                  class="lg-link"
                  aria-expanded={editing === task.id}
                  aria-label={t('lgEditTaskLabel', task.title)}
                  onClick={() => setEditing(editing === task.id ? null : task.id)}
                >
                  {t('lgEdit')}
                </button>
                <button
                  type="button"
                  class="lg-link"
                  aria-label={t(task.archived ? 'docUnarchiveTaskLabel' : 'docArchiveTaskLabel', task.title)}
                  onClick={() =>
                    void archiveTasks([task.id], task.archived === 0).catch((e: Error) => setError(e.message))
                  }
                >
                  {t(task.archived ? 'docUnarchive' : 'docArchive')}
                </button>
                <button
                  type="button"
                  class="lg-link lg-danger"
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
        <p class="lg-error" role="alert">
          {error}
        </p>
      )}
      {editing === 'new' ? (
        <div class="lg-panel">
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
