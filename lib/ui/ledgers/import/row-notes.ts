import type { ImportedTask } from '../../../ledger/table-import';
import { parseDeadline } from '../../../model/deadline';

export interface RowNote {
  level: 'warn' | 'info';
  /** Message key of lib/i18n/<locale>/ledgers.json. */
  key: string;
}

/** What the user should look at in one previewed task before importing it. */
export function rowNotes(task: ImportedTask, year: number, defaultDeadline: string | null = null): RowNote[] {
  const notes: RowNote[] = [];
  if (task.lead.length === 0) notes.push({ level: 'warn', key: 'lgNoteNoLead' });
  const kind = parseDeadline(task.deadlineText, { year }).kind;
  if (kind === 'recurring') notes.push({ level: 'info', key: 'lgNoteRecurring' });
  else if (task.due === null && !defaultDeadline) {
    notes.push({ level: 'warn', key: task.deadlineText.trim() === '' ? 'lgNoteNoDeadline' : 'lgNoteUnreadDeadline' });
  }
  return notes;
}
