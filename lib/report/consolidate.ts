import type { ReportFormResult, ReportFormRow, ReportPeriod } from './form-types';
import {
  type ReportEntry,
  type ReportLedger,
  type ReportTask,
  latestReports,
  roleOf,
  type Role,
  samePeriod,
} from './types';

/**
 * Consolidating returned 报送表: each file checked against the ledger and period being collected, each row
 * matched to a task (by 编号, by title when it was lost), compared with what is on record. Pure: the caller
 * writes `reports` and `taskUpdates` in one transaction once the user confirms.
 */

export interface ReturnedFile {
  name: string;
  form: ReportFormResult;
}

export interface ConsolidateContext {
  ledger: ReportLedger;
  period: ReportPeriod;
  tasks: readonly ReportTask[];
  /** Reports already on record for this ledger (any period). */
  reports: readonly ReportEntry[];
  now: number;
  /** The local day, for a 已完成 without a 完成日期. */
  today: string;
  newId: () => string;
}

export type ChangeKind = 'new' | 'changed' | 'same';

export interface RowChange {
  taskId: string;
  title: string;
  role: Role;
  kind: ChangeKind;
  before: Pick<ReportEntry, 'status' | 'progress' | 'doneOn' | 'evidence'> | null;
  after: Pick<ReportEntry, 'status' | 'progress' | 'doneOn' | 'evidence'>;
}

export interface FileVerdict {
  name: string;
  department: string;
  accepted: boolean;
  /** Why a file was refused (Chinese, for the user). */
  message: string | null;
  warnings: string[];
}

export interface DepartmentPreview {
  department: string;
  files: string[];
  changes: RowChange[];
  /** Tasks of this department the returned file left blank. */
  blank: number;
}

export interface TaskUpdate {
  taskId: string;
  progress: string;
  /** Set when the lead department reported 已完成 on a one-off task; recurring duties complete per period. */
  done: { doneAt: string } | null;
}

export interface ConsolidationPlan {
  files: FileVerdict[];
  departments: DepartmentPreview[];
  reports: ReportEntry[];
  taskUpdates: TaskUpdate[];
  /** Shared tasks whose departments reported different statuses (both kept; the lead's governs). */
  conflicts: Array<{
    taskId: string;
    title: string;
    statuses: Array<{ department: string; role: Role; status: string }>;
  }>;
}

const norm = (s: string) => s.normalize('NFKC').replace(/[\s，,。.；;、]/g, '');
const isBlank = (r: Omit<ReportFormRow, 'id'>) => r.status === null && !r.progress && !r.doneOn && !r.evidence;
const fields = (r: Pick<ReportEntry, 'status' | 'progress' | 'doneOn' | 'evidence'>) => ({
  status: r.status,
  progress: r.progress,
  doneOn: r.doneOn,
  evidence: r.evidence,
});
const sameFields = (a: ReturnType<typeof fields>, b: ReturnType<typeof fields>) =>
  a.status === b.status && a.progress === b.progress && a.doneOn === b.doneOn && a.evidence === b.evidence;

function refusal(form: ReportFormResult, ctx: ConsolidateContext): string | null {
  if (form.error) return form.error;
  if (!form.ledgerId) return '这份文件里没有台账信息，无法确认是哪本台账的报送表，未导入。请使用下发的报送表填写。';
  if (form.ledgerId !== ctx.ledger.id) {
    return `这份报送表属于另一本台账${form.ledgerTitle ? `“${form.ledgerTitle}”` : ''}，不是正在汇总的“${ctx.ledger.title}”，未导入。`;
  }
  if (!form.period.start) return '这份报送表没有报送周期信息，未导入。';
  if (!samePeriod(form.period, ctx.period)) {
    return `这是“${form.period.label}”的报送表，正在汇总的是“${ctx.period.label}”，未导入。请确认对方填写的是本期下发的表。`;
  }
  if (!form.department) return '这份报送表没有填报单位信息，未导入。';
  return null;
}

export function consolidate(files: readonly ReturnedFile[], ctx: ConsolidateContext): ConsolidationPlan {
  const tasks = new Map(ctx.tasks.map((t) => [t.id, t]));
  const byTitle = new Map<string, ReportTask | null>();
  for (const t of ctx.tasks) byTitle.set(norm(t.title), byTitle.has(norm(t.title)) ? null : t);
  const previous = latestReports(ctx.reports.filter((r) => r.ledgerId === ctx.ledger.id));

  const verdicts: FileVerdict[] = [];
  // department → taskId → row; a later file from the same department replaces an earlier one's row.
  const rows = new Map<string, Map<string, { row: Omit<ReportFormRow, 'id'>; file: string }>>();
  const blanks = new Map<string, Set<string>>();
  const filesOf = new Map<string, string[]>();
  for (const { name, form } of files) {
    const message = refusal(form, ctx);
    const verdict: FileVerdict = {
      name,
      department: form.department,
      accepted: !message,
      message,
      warnings: [...form.warnings],
    };
    verdicts.push(verdict);
    if (message) continue;
    const dept = form.department;
    if (filesOf.has(dept)) verdict.warnings.push(`${dept}交了不止一份报送表，同一任务以这份（${name}）为准。`);
    filesOf.set(dept, [...(filesOf.get(dept) ?? []), name]);
    const mine = rows.get(dept) ?? new Map();
    rows.set(dept, mine);
    const blank = blanks.get(dept) ?? new Set<string>();
    blanks.set(dept, blank);
    const candidates: Array<{ task: ReportTask | undefined; row: Omit<ReportFormRow, 'id'>; label: string }> = [
      ...form.rows.map(({ id, ...row }) => ({ task: tasks.get(id), row, label: `编号 ${id}` })),
      ...form.unmatched.map(({ title, rowNumber, ...row }) => {
        const task = byTitle.get(norm(title)) ?? undefined;
        if (task) verdict.warnings.push(`第 ${rowNumber} 行没有编号，已按任务名称对应到“${task.title.slice(0, 30)}”。`);
        return { task, row, label: `第 ${rowNumber} 行“${title.slice(0, 30)}”` };
      }),
    ];
    for (const { task, row, label } of candidates) {
      if (!task) {
        if (!isBlank(row)) verdict.warnings.push(`${label}在台账中找不到对应任务，未导入。`);
        continue;
      }
      if (!roleOf(task, dept)) {
        if (!isBlank(row))
          verdict.warnings.push(`${dept}不是“${task.title.slice(0, 30)}”的牵头或配合单位，这一行未导入。`);
        continue;
      }
      if (isBlank(row)) {
        if (!mine.has(task.id)) blank.add(task.id);
        continue;
      }
      blank.delete(task.id);
      mine.set(task.id, { row, file: name });
    }
  }

  const reports: ReportEntry[] = [];
  const departments: DepartmentPreview[] = [];
  for (const [dept, mine] of rows) {
    const changes: RowChange[] = [];
    for (const [taskId, { row }] of mine) {
      const task = tasks.get(taskId)!;
      const prev = previous.get(`${taskId}|${dept}`);
      const after = fields({ ...row });
      const samePeriodPrev = prev && prev.periodStart === ctx.period.start ? prev : null;
      const kind: ChangeKind = !prev
        ? 'new'
        : samePeriodPrev && sameFields(fields(samePeriodPrev), after)
          ? 'same'
          : 'changed';
      changes.push({
        taskId,
        title: task.title,
        role: roleOf(task, dept)!,
        kind,
        before: prev ? fields(prev) : null,
        after,
      });
      if (kind !== 'same') {
        reports.push({
          id: ctx.newId(),
          taskId,
          ledgerId: ctx.ledger.id,
          department: dept,
          periodLabel: ctx.period.label,
          periodStart: ctx.period.start,
          periodEnd: ctx.period.end,
          ...after,
          reporter: dept,
          reportedAt: ctx.now,
          importedAt: ctx.now,
          via: 'form',
        });
      }
    }
    departments.push({ department: dept, files: filesOf.get(dept) ?? [], changes, blank: blanks.get(dept)?.size ?? 0 });
  }

  // The lead's report governs the task; partners' reports are kept beside it.
  const taskUpdates: TaskUpdate[] = [];
  const conflicts: ConsolidationPlan['conflicts'] = [];
  for (const task of ctx.tasks) {
    const said = [...task.lead, ...task.partners]
      .map((dept) => ({ dept, entry: rows.get(dept)?.get(task.id)?.row }))
      .filter((x): x is { dept: string; entry: Omit<ReportFormRow, 'id'> } => !!x.entry);
    const lead = said.find((x) => task.lead.includes(x.dept));
    const statuses = new Set(said.map((x) => x.entry.status).filter(Boolean));
    if (statuses.size > 1) {
      conflicts.push({
        taskId: task.id,
        title: task.title,
        statuses: said.map((x) => ({
          department: x.dept,
          role: roleOf(task, x.dept)!,
          status: x.entry.status ?? '未填',
        })),
      });
    }
    if (!lead) continue;
    const finish = lead.entry.status === '已完成' && task.deadlineKind !== 'recurring' && !task.done;
    const progress = lead.entry.progress || task.progress || '';
    if (progress === (task.progress ?? '') && !finish) continue;
    taskUpdates.push({ taskId: task.id, progress, done: finish ? { doneAt: lead.entry.doneOn ?? ctx.today } : null });
  }
  return { files: verdicts, departments, reports, taskUpdates, conflicts };
}
