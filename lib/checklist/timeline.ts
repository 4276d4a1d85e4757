import type { TaskRecord } from '../model/records';

export type TimelineEntry =
  | { at: number; kind: 'note'; text: string }
  | { at: number; kind: 'done'; day: string }
  | { at: number; kind: 'reopen' }
  | { at: number; kind: 'other'; text: string };

function historyEntry({ at, action }: TaskRecord['history'][number]): TimelineEntry {
  if (action.startsWith('done:')) return { at, kind: 'done', day: action.slice(5) };
  if (action === 'reopen') return { at, kind: 'reopen' };
  return { at, kind: 'other', text: action };
}

/** Progress notes and check-off history of a task in one list, newest first. */
export function timeline(task: Pick<TaskRecord, 'notes' | 'history'>): TimelineEntry[] {
  return [
    ...task.notes.map((n): TimelineEntry => ({ at: n.at, kind: 'note', text: n.text })),
    ...task.history.map(historyEntry),
  ].sort((a, b) => b.at - a.at);
}

const p = (n: number) => String(n).padStart(2, '0');

/** 'YYYY-MM-DD HH:MM' in local time, for note and history stamps. */
export function formatStamp(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}
