import { useEffect, useState } from 'preact/hooks';
import { readNoteDraft, saveNoteDraft } from './note-draft-store';

/**
 * Like useState('') for a task's note input, but every keystroke is saved at once, and a draft left when the
 * popup closed comes back when the note is opened again (unless something was typed before it loaded).
 */
export function useNoteDraft(taskId: string): [string, (text: string) => void] {
  const [text, setText] = useState('');
  useEffect(() => {
    readNoteDraft(taskId)
      .then((draft) => setText((current) => (current === '' ? draft : current)))
      .catch((e: unknown) => console.warn('note draft', e));
  }, [taskId]);
  const update = (next: string) => {
    setText(next);
    saveNoteDraft(taskId, next).catch((e: unknown) => console.warn('note draft', e));
  };
  return [text, update];
}
