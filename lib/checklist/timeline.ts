import type { TaskRecord } from '../model/records';
import { localStamp } from '../model/calendar';

export type TimelineEntry =
  | { at: number; kind: 'note'; text: string }
  | { at: number; kind: 'done'; day: string }
  | { at: number; kind: 'reopen' }
  /** A recurring duty's period: `due` is the occurrence, `day` the day it was ticked. */
  | { at: number; kind: 'periodDone'; due: string; day: string }
  | { at: number; kind: 'periodReopen'; due: string }
  | { at: number; kind: 'other'; text: string };

function historyEntry({ at, action }: TaskRecord['history'][number]): TimelineEntry {
  if (action.startsWith('done:')) return { at, kind: 'done', day: action.slice(5) };
  if (action === 'reopen') return { at, kind: 'reopen' };
  const period = /^period-done:(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})$/.exec(action);
  if (period) return { at, kind: 'periodDone', due: period[1], day: period[2] };
  if (action.startsWith('period-reopen:')) return { at, kind: 'periodReopen', due: action.slice(14) };
  return { at, kind: 'other', text: action };
}

/** Progress notes and check-off history of a task in one list, newest first. */
export function timeline(task: Pick<TaskRecord, 'notes' | 'history'>): TimelineEntry[] {
  return [
    ...task.notes.map((n): TimelineEntry => ({ at: n.at, kind: 'note', text: n.text })),
    ...task.history.map(historyEntry),
  ].sort((a, b) => b.at - a.at);
}

/** 'YYYY-MM-DD HH:MM' in local time, for note and history stamps. */
export const formatStamp = (at: number): string => localStamp(at);
