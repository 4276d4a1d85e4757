import { useState } from 'preact/hooks';
import type { LedgerRecord, TaskRecord } from '../../model/records';
import { taskContext } from '../../db/ledger-edits';
import { useEditBase } from '../reliability/use-edit-base';
import { formatStamp } from '../../checklist/timeline';
import { t } from '../../i18n/t';
import { saveTask } from './actions';
import { DeadlineHint } from './DeadlineHint';
import { Field } from './Field';
import {
  FORM_ERROR,
  emptyTaskForm,
  errorsOf,
  fieldErrors,
  fieldText,
  taskForm,
  toTaskEdit,
  type FieldErrors,
  type TaskFormValues,
} from './fields';

interface Props {
  ledger: LedgerRecord;
  /** null adds a new task to the ledger. */
  task: TaskRecord | null;
  onDone: (saved: TaskRecord | null) => void;
}

const valuesOf = (task: TaskRecord): TaskFormValues => ({
  seq: task.seq ?? '',
  group: task.group ?? '',
  title: task.title,
  lead: task.lead.join('、'),
  partners: task.partners.join('、'),
  deadlineText: task.deadlineText,
  dueOverride: task.dueOverride ?? '',
  newNote: '',
});

/** Adds or edits one task. A rejected save keeps every typed value and shows the message beside its field. */
export function TaskForm({ ledger, task, onDone }: Props) {
  const [values, setValues] = useState<TaskFormValues>(() => (task ? valuesOf(task) : emptyTaskForm));
  const [notes, setNotes] = useState(task?.notes ?? []);
  // What the form started from: notes another page adds meanwhile are kept on save (see mergeNotes).
  const [notesBase] = useState(notes);
  // The fields as opened: only the user's changes are written, and another page's change to the same field is
  // shown beside it with both values (EditConflict); saving again then keeps what is in the field.
  const edit = useEditBase(() => {
    const opened = task ? taskForm.safeParse(valuesOf(task)) : null;
    return opened?.success ? toTaskEdit(opened.data) : undefined;
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const { year, defaultDeadline } = taskContext(ledger);
  const set = (name: keyof TaskFormValues) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = taskForm.safeParse(values);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    const note = parsed.data.newNote;
    const kept = note ? [...notes, { at: Date.now(), text: note }] : notes;
    setBusy(true);
    try {
      const saved = await saveTask(ledger.id, task?.id ?? null, {
        ...toTaskEdit(parsed.data),
        notes: kept,
        notesBase,
        base: edit.base,
      });
      onDone(saved);
    } catch (error) {
      edit.caught(error);
      setErrors(errorsOf(error));
    } finally {
      setBusy(false);
    }
  };

  const conflictOf = (name: keyof TaskFormValues) => edit.choice(name, values[name], set(name), fieldText);
  const field = (name: keyof TaskFormValues, label: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      label={label}
      value={values[name]}
      onInput={set(name)}
      error={errors[name]}
      conflict={conflictOf(name)}
      {...extra}
    />
  );

  return (
    <form
      class="lg-task-form"
      onSubmit={(e) => void submit(e)}
      aria-label={task ? t('lgEditTaskLabel', task.title) : t('lgAddTask')}
      noValidate
    >
      <div class="ui-grid">
        {field('seq', t('lgFieldSeq'), { class: 'lg-narrow' })}
        {field('group', t('lgFieldGroup'), { class: 'lg-wide' })}
        {field('title', t('lgFieldTitle'), { multiline: true, required: true, class: 'lg-full' })}
        {field('lead', t('lgFieldLead'), { hint: t('lgDepartmentsHint') })}
        {field('partners', t('lgFieldPartners'), { hint: t('lgDepartmentsHint') })}
        {field('deadlineText', t('lgFieldDeadline'), {
          hint: t('lgDeadlineHint', String(year)),
          after: (
            <DeadlineHint
              text={values.deadlineText}
              override={values.dueOverride}
              year={year}
              defaultDeadline={defaultDeadline}
            />
          ),
        })}
        {field('dueOverride', t('lgFieldDueOverride'), {
          type: 'date',
          hint: t('lgDueOverrideHint'),
          after: values.dueOverride ? (
            <button type="button" class="ui-link" onClick={() => set('dueOverride')('')}>
              {t('lgClearOverride')}
            </button>
          ) : null,
        })}
      </div>
      <fieldset class="ui-group lg-notes">
        <legend>{t('lgFieldNotes')}</legend>
        {notes.length > 0 && (
          <ul>
            {notes.map((n, i) => (
              <li key={`${n.at}-${i}`}>
                <time>{formatStamp(n.at)}</time> <span>{n.text}</span>{' '}
                <button
                  type="button"
                  class="ui-link"
                  aria-label={t('lgRemoveNoteLabel', n.text)}
                  onClick={() => setNotes(notes.filter((x) => x !== n))}
                >
                  {t('lgRemoveNote')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {field('newNote', t('lgFieldNewNote'), { multiline: true, class: 'lg-full' })}
      </fieldset>
      {errors[FORM_ERROR] && (
        <p class="ui-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      <div class="ui-buttons">
        <button type="submit" class="ui-primary" disabled={busy}>
          {t('lgSave')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('lgCancel')}
        </button>
      </div>
    </form>
  );
}
