import { useEffect, useState } from 'preact/hooks';
import { readNoteDraft, saveNoteDraft } from './note-draft-store';

/**
 * Like useState('') for a task's note input, but every keystroke is saved at once, and a draft left when the
 * popup closed comes back when the note is opened again. The text is null until the draft has been read: an
 * input shown before that could take keystrokes that the arriving draft then lands in the middle of.
 */
export function useNoteDraft(taskId: string): [string | null, (text: string) => void] {
  const [text, setText] = useState<string | null>(null);
  useEffect(() => {
    readNoteDraft(taskId)
      .then(setText)
      .catch((e: unknown) => {
        console.warn('note draft', e);
        setText('');
      });
  }, [taskId]);
  const update = (next: string) => {
    setText(next);
    saveNoteDraft(taskId, next).catch((e: unknown) => console.warn('note draft', e));
  };
  return [text, update];
}
