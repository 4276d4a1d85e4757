import type { TaskRecord } from '../model/records';
import { parseDeadline } from '../model/deadline';
import type { ImportedTask } from './table-import';

export interface TaskDraft {
  seq: string | null;
  group: string | null;
  title: string;
  lead: string[];
  partners: string[];
  deadlineText: string;
  dueOverride?: string | null;
  leaders?: string[];
  /** As the importers give them (due null = no date) or as stored. */
  milestones?: Array<{ text: string; due: string | null; doneAt?: string | null }>;
  progress?: string | null;
  source?: TaskRecord['source'];
  clause?: string | null;
}

export interface TaskContext {
  ledgerId: string;
  /** Year that relative deadlines (年底前) refer to: the document's year. */
  year?: number;
  /** Ledger-wide deadline for rows whose own text gives none (e.g. a year's work plan). */
  defaultDeadline?: string | null;
  now: number;
}

/** The due date the checklist sorts by: manual override, else the parsed text, else the ledger default. */
export function dueFor(
  draft: Pick<TaskDraft, 'deadlineText' | 'dueOverride'>,
  ctx: Pick<TaskContext, 'year' | 'defaultDeadline'>,
) {
  const parsed = parseDeadline(draft.deadlineText, { year: ctx.year });
  const fallback = parsed.kind === 'recurring' ? null : (ctx.defaultDeadline ?? null);
  return { kind: parsed.kind, due: draft.dueOverride ?? parsed.due ?? fallback ?? '' };
}

export function buildTask(id: string, order: number, draft: TaskDraft, ctx: TaskContext): TaskRecord {
  const { kind, due } = dueFor(draft, ctx);
  return {
    id,
    ledgerId: ctx.ledgerId,
    order,
    seq: draft.seq,
    group: draft.group,
    title: draft.title.trim(),
    lead: draft.lead,
    partners: draft.partners,
    leaders: draft.leaders ?? [],
    milestones: (draft.milestones ?? []).map((m) => ({ text: m.text, due: m.due ?? '', doneAt: m.doneAt ?? null })),
    progress: draft.progress ?? null,
    archived: 0,
    source: draft.source ?? null,
    clause: draft.clause ?? null,
    deadlineText: draft.deadlineText,
    deadlineKind: kind,
    due,
    dueOverride: draft.dueOverride ?? null,
    done: 0,
    doneAt: null,
    notes: [],
    history: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

/** The record of one imported task: its people, phases and progress kept; its due as the importer read it. */
export function buildImportedTask(
  id: string,
  order: number,
  draft: ImportedTask & { clause?: string | null },
  ctx: TaskContext,
): TaskRecord {
  const task = buildTask(id, order, draft, ctx);
  // The importer reads phases and years in passing ("制定2021年度方案") that the plain deadline text parse does not.
  if (draft.due && !task.dueOverride) task.due = draft.due;
  return task;
}
