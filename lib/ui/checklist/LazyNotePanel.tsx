import { useEffect, useState } from 'preact/hooks';
import type { TaskRecord } from '../../db/records';

type NotePanelModule = typeof import('./NotePanel');
let loaded: NotePanelModule | null = null;

/**
 * The note panel, loaded the first time a note is opened: its draft store validates with zod, which the popup
 * should not parse before its first rows.
 */
export function LazyNotePanel(props: { task: TaskRecord; onClose: () => void }) {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (module) return;
    import('./NotePanel')
      .then((m) => setModule((loaded = m)))
      .catch((e: unknown) => console.warn('note panel', e));
  }, [module]);
  return module ? <module.NotePanel {...props} /> : null;
}
