import type { ImportedTask } from '../../../ledger/table-import';
import { t, tn } from '../../../i18n/t';
import { rowNotes } from './row-notes';
import { FactCells, FactHeads, ProgressLine } from '../TaskFacts';

interface Props {
  tasks: ImportedTask[];
  year: number;
  defaultDeadline: string | null;
}

// Rendering thousands of rows would stall the page; all of them are still imported.
const SHOWN = 200;

/** The tasks as they will be imported, each with what to check before confirming. */
export function PreviewTable({ tasks, year, defaultDeadline }: Props) {
  return (
    <div class="ui-scroll lg-preview">
      <table class="ui-table">
        <caption class="ui-visually-hidden">{t('lgPreviewCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" class="lg-col-seq">
              #
            </th>
            <th scope="col" class="lg-col-seq">
              {t('colSeq')}
            </th>
            <th scope="col">{t('lgRole_group')}</th>
            <th scope="col">{t('lgRole_title')}</th>
            <FactHeads />
            <th scope="col" class="lg-col-due">
              {t('colDue')}
            </th>
            <th scope="col" class="lg-col-notes">
              {t('lgColNotes')}
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.slice(0, SHOWN).map((task, i) => {
            const notes = rowNotes(task, year, defaultDeadline);
            return (
              <tr key={i} class={notes.some((n) => n.level === 'warn') ? 'lg-row-warn' : undefined}>
                <td>{i + 1}</td>
                <td>{task.seq}</td>
                <td>
                  <div class="lg-clamp">{task.group}</div>
                </td>
                <td>
                  {task.title}
                  <ProgressLine progress={task.progress} />
                </td>
                <FactCells task={task} />
                <td class="lg-due">{task.due ?? defaultDeadline ?? <span class="ui-muted">{t('undated')}</span>}</td>
                <td>
                  {notes.map((n) => (
                    <span key={n.key} class={`lg-note lg-note-${n.level}`}>
                      {t(n.key)}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {tasks.length > SHOWN && <p class="ui-muted">{tn('lgPreviewMore', tasks.length - SHOWN)}</p>}
    </div>
  );
}
