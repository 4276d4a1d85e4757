import { lazyComponent } from '../lazy-component';

/**
 * The note panel, loaded the first time a note is opened: its draft store validates with zod, which the popup
 * should not parse before its first rows.
 */
export const LazyNotePanel = lazyComponent(() => import('./NotePanel').then((m) => m.NotePanel));
