import type { LedgerRecord, TaskRecord } from '../model/records';
import { daysBetween } from '../model/calendar';
import { effectiveDue } from '../model/effective-due';
import type { TaskRow, TaskStatus } from './types';

/** Status on `today`; "due soon" uses the same window as the checklist badge (badge-days setting). */
export function taskStatus(task: TaskRecord, due: string | '', today: string, soonDays: number): TaskStatus {
  if (task.done === 1) return 'done';
  if (due === '') return 'undated';
  const days = daysBetween(today, due);
  if (days < 0) return 'overdue';
  return days <= soonDays ? 'due-soon' : 'open';
}

function noteText(task: TaskRecord): string {
  return task.notes
    .map((n) => n.text.trim())
    .filter(Boolean)
    .join('\n');
}

/** Every task as a report row, in ledger order then the ledger's own order. */
export function taskRows(
  ledgers: readonly LedgerRecord[],
  tasks: readonly TaskRecord[],
  today: string,
  soonDays: number,
): TaskRow[] {
  const ledgerIndex = new Map(ledgers.map((l, i) => [l.id, i]));
  const titles = new Map(ledgers.map((l) => [l.id, l.title]));
  const sorted = [...tasks].sort(
    (a, b) =>
      (ledgerIndex.get(a.ledgerId) ?? Infinity) - (ledgerIndex.get(b.ledgerId) ?? Infinity) ||
      a.ledgerId.localeCompare(b.ledgerId) ||
      a.order - b.order,
  );
  return sorted.map((task) => {
    const due = effectiveDue(task, today);
    return {
      id: task.id,
      ledgerId: task.ledgerId,
      ledgerTitle: titles.get(task.ledgerId) ?? task.ledgerId,
      seq: task.seq ?? '',
      title: task.title,
      lead: task.lead.join('、'),
      leads: task.lead,
      partners: task.partners.join('、'),
      deadlineText: task.deadlineText,
      due,
      status: taskStatus(task, due, today, soonDays),
      doneAt: task.doneAt,
      notes: noteText(task),
    };
  });
}
