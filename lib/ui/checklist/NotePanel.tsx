import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { TaskRecord } from '../../model/records';
import { NOTE_MAX_LENGTH } from '../../model/limits';
import { formatStamp, timeline, type TimelineEntry } from '../../checklist/timeline';
import { t } from '../../i18n/t';
import { saveNote } from './actions';
import { useNoteDraft } from '../reliability/use-note-draft';
import { errorText } from '../error-text';

function entryText(e: TimelineEntry): string {
  if (e.kind === 'note' || e.kind === 'other') return e.text;
  if (e.kind === 'periodDone') return t('prHistoryPeriodDone', [e.due, e.day]);
  if (e.kind === 'periodReopen') return t('prHistoryPeriodReopen', e.due);
  return e.kind === 'done' ? t('clHistoryDone', e.day) : t('clHistoryReopen');
}

/** A short progress note per task, above the task's notes and check-off history. */
export function NotePanel({ task, onClose }: { task: TaskRecord; onClose: () => void }) {
  const [text, setText] = useNoteDraft(task.id);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const ready = text !== null;
  // In the same commit that shows the input, so no keystroke can land before the caret is placed.
  useLayoutEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus();
    // A draft being continued: type after it, not in front of it.
    el.setSelectionRange(el.value.length, el.value.length);
  }, [ready]);
  const entries = timeline(task);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (text === null || text.trim() === '') return;
    try {
      await saveNote(task.id, text);
      setText('');
      setError(null);
    } catch (err) {
      setError(t('clSaveFailed', errorText(err)));
    }
  };

  return (
    <div class="cl-note-panel" data-no-copy onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), onClose())}>
      {ready && (
        <form class="cl-note-form" onSubmit={submit}>
          <input
            ref={input}
            type="text"
            value={text}
            maxLength={NOTE_MAX_LENGTH}
            aria-label={t('clNoteInputLabel')}
            placeholder={t('clNotePlaceholder')}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">{t('clNoteSave')}</button>
          <button type="button" onClick={onClose}>
            {t('clNoteClose')}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" class="cl-error">
          {error}
        </p>
      )}
      {entries.length === 0 ? (
        <p class="cl-muted">{t('clNotesEmpty')}</p>
      ) : (
        <ol class="cl-timeline">
          {entries.map((e) => (
            <li key={`${e.at}-${e.kind}`} class={`cl-timeline-${e.kind}`}>
              <time>{formatStamp(e.at)}</time> {entryText(e)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
