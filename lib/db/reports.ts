import type { ConsolidationPlan } from '../report/consolidate';
import type { BulletinData } from '../report/bulletin';
import type { ReportFormInput } from '../report/form-types';
import type { ReportPeriod } from '../report/form-types';
import type { ReminderLedger } from '../report/reminder';
import { type DispatchPackage, ROLE_GROUP } from '../report/package';
import type { ReportCycle } from '../report/period';
import { departmentsOf } from '../report/standing';
import { latestReports, roleOf, type ReportLedger, type ReportTask, type Role } from '../report/types';
import type { ReformDb } from './database';
import type { BulletinRecord, ReportRecord, TaskRecord } from '../model/records';
import { AppError } from '../model/app-error';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';

/** Persistence of the reporting cycle: the office's cycle, reports, consolidation and issued bulletins. */

export type { DepartmentSide } from './setting-schemas';

export const getDepartmentSide = (db: ReformDb) => settings.departmentSide.getValue(db);
const recordSchemas = () => import('../model/records');

export const getCycle = (db: ReformDb): Promise<ReportCycle> => settings.reportCycle.getValue(db);
export const setCycle = (db: ReformDb, cycle: ReportCycle): Promise<void> => settings.reportCycle.setValue(db, cycle);

export const asReportTask = (t: TaskRecord): ReportTask => ({
  id: t.id,
  ledgerId: t.ledgerId,
  seq: t.seq,
  title: t.title,
  lead: t.lead,
  partners: t.partners,
  deadlineText: t.deadlineText,
  deadlineKind: t.deadlineKind,
  due: t.dueOverride ?? t.due,
  done: t.done,
  doneAt: t.doneAt,
  progress: t.progress,
});

export interface LedgerReporting {
  ledger: ReportLedger;
  tasks: ReportTask[];
  reports: ReportRecord[];
}

/** A ledger's tasks (not archived) and all its reports, as the report logic takes them. */
export async function loadReporting(db: ReformDb, ledgerId: string): Promise<LedgerReporting | null> {
  const ledger = await db.ledgers.get(ledgerId);
  if (!ledger) return null;
  const [tasks, reports] = await Promise.all([
    db.tasks.where('ledgerId').equals(ledgerId).sortBy('order'),
    db.reports.where('ledgerId').equals(ledgerId).toArray(),
  ]);
  return {
    ledger: { id: ledger.id, title: ledger.title },
    tasks: tasks.filter((t) => !t.archived).map(asReportTask),
    reports,
  };
}

/** Every ledger in use (not archived) as the report reminder reads it, with this machine's department if any. */
export async function loadReminderLedgers(db: ReformDb): Promise<ReminderLedger[]> {
  const [ledgers, side] = await Promise.all([db.ledgers.toArray(), getDepartmentSide(db)]);
  const out: ReminderLedger[] = [];
  for (const l of ledgers.filter((x) => !x.archived)) {
    const data = await loadReporting(db, l.id);
    if (data && data.tasks.length) out.push({ ...data, department: side[l.id]?.department ?? null });
  }
  return out;
}

type FormTask = ReportFormInput['tasks'][number];

/** A task as a row of a department's 报送表 (the office's dispatched form and the department's filled one alike). */
function formTask(t: ReportTask, role: Role, lastProgress: string | null): FormTask {
  return { id: t.id, seq: t.seq, title: t.title, role, deadlineText: t.deadlineText, due: t.due || null, lastProgress };
}

/** 上期进展 as the form shows it: the report's period, then its progress (or its status when none was written). */
const lastProgressOf = (r: ReportRecord) => `${r.periodLabel}：${r.progress || r.status || ''}`;

/** One 报送表 input per department of the ledger: its tasks as lead and partner, its own last progress. */
export function formInputs(data: LedgerReporting, period: ReportPeriod): ReportFormInput[] {
  const latest = latestReports(data.reports);
  return departmentsOf(data.tasks).map((department) => ({
    ledgerId: data.ledger.id,
    ledgerTitle: data.ledger.title,
    department,
    period,
    tasks: data.tasks.flatMap((t) => {
      const role = roleOf(t, department);
      const mine = latest.get(`${t.id}|${department}`);
      return role ? [formTask(t, role, mine ? lastProgressOf(mine) : t.progress)] : [];
    }),
  }));
}

/**
 * Writes a confirmed consolidation in one transaction: the new reports, and each task's latest progress and
 * (from its lead's 已完成) its completion. A task changed meanwhile by another page keeps that page's other edits.
 */
export async function applyConsolidation(
  db: ReformDb,
  plan: ConsolidationPlan,
  now = Date.now(),
): Promise<{ reports: number; tasks: number }> {
  const { reportRecord, taskRecord } = await recordSchemas();
  const reports = plan.reports.map((r) => reportRecord.parse(r));
  return db.transaction('rw', db.reports, db.tasks, async () => {
    await db.reports.bulkAdd(reports);
    const found = await db.tasks.bulkGet(plan.taskUpdates.map((u) => u.taskId));
    const next: TaskRecord[] = [];
    plan.taskUpdates.forEach((u, i) => {
      const task = found[i];
      if (!task) throw new AppError('errTaskMissing', u.taskId);
      const finish = u.done && !task.done;
      next.push(
        taskRecord.parse({
          ...task,
          progress: u.progress || task.progress,
          ...(finish ? { done: 1, doneAt: u.done!.doneAt } : {}),
          history: [...task.history, { at: now, action: finish ? `done:${u.done!.doneAt}` : '汇总报送表：更新进展' }],
          updatedAt: now,
        }),
      );
    });
    await db.tasks.bulkPut(next);
    return { reports: reports.length, tasks: next.length };
  });
}

export async function issueBulletin(
  db: ReformDb,
  ledgerId: string,
  data: BulletinData,
  now = Date.now(),
): Promise<BulletinRecord> {
  const { bulletinRecord } = await recordSchemas();
  const record = bulletinRecord.parse({
    id: `${ledgerId}|${data.period.start}|${now}`,
    ledgerId,
    periodLabel: data.period.label,
    periodStart: data.period.start,
    periodEnd: data.period.end,
    issuedAt: now,
    data,
  });
  await db.bulletins.add(record);
  return record;
}

/** Issued bulletins of a ledger, newest first. */
export async function listBulletins(db: ReformDb, ledgerId: string): Promise<BulletinRecord[]> {
  const all = await db.bulletins.where('ledgerId').equals(ledgerId).toArray();
  return all.sort((a, b) => b.issuedAt - a.issuedAt);
}

/**
 * Imports a dispatch package as this department's ledger, in one transaction: the office's ledger and task ids,
 * each task's role as its section. Importing the next period's package again keeps what was recorded here.
 */
export async function importPackage(
  db: ReformDb,
  pkg: DispatchPackage,
  now = Date.now(),
): Promise<{ ledgerId: string; tasks: number }> {
  const { ledgerRecord, taskRecord } = await recordSchemas();
  return db.transaction('rw', db.ledgers, db.tasks, SETTINGS_TABLE, async () => {
    const side = await getDepartmentSide(db);
    await settings.departmentSide.setValue(db, {
      ...side,
      [pkg.ledgerId]: { department: pkg.department, period: pkg.period },
    });
    const had = await db.ledgers.get(pkg.ledgerId);
    await db.ledgers.put(
      ledgerRecord.parse({
        id: pkg.ledgerId,
        title: pkg.ledgerTitle,
        issuer: had?.issuer ?? '医改办下发',
        docNumber: had?.docNumber ?? null,
        issued: had?.issued ?? null,
        region: had?.region ?? '',
        source: had?.source ?? null,
        defaultDeadline: had?.defaultDeadline ?? null,
        origin: 'user',
        documentId: had?.documentId ?? null,
        archived: 0,
        createdAt: had?.createdAt ?? now,
        updatedAt: now,
      }),
    );
    const existing = new Map(
      (await db.tasks.bulkGet(pkg.tasks.map((t) => t.id))).filter((t): t is TaskRecord => !!t).map((t) => [t.id, t]),
    );
    const foreign = [...existing.values()].find((t) => t.ledgerId !== pkg.ledgerId);
    if (foreign) throw new AppError('errPackageForeignTask', foreign.id);
    const tasks = pkg.tasks.map((t, order) => {
      const old = existing.get(t.id);
      return taskRecord.parse({
        id: t.id,
        ledgerId: pkg.ledgerId,
        order,
        seq: t.seq,
        group: ROLE_GROUP[t.role],
        title: t.title,
        lead: t.lead,
        partners: t.partners,
        leaders: old?.leaders ?? [],
        milestones: old?.milestones ?? [],
        progress: old?.progress ?? t.lastProgress,
        archived: 0,
        source: null,
        clause: old?.clause ?? null,
        deadlineText: t.deadlineText,
        deadlineKind: t.deadlineKind,
        due: t.due,
        dueOverride: old?.dueOverride ?? null,
        done: old?.done ?? 0,
        doneAt: old?.doneAt ?? null,
        notes: old?.notes ?? [],
        history: [...(old?.history ?? []), { at: now, action: `导入数据包：${pkg.period.label}` }],
        createdAt: old?.createdAt ?? now,
        updatedAt: now,
      });
    });
    await db.tasks.bulkPut(tasks);
    return { ledgerId: pkg.ledgerId, tasks: tasks.length };
  });
}

/** What a department fills for one task in its own extension (the four columns of the 报送表). */
export interface OwnReport {
  status: ReportRecord['status'];
  progress: string;
  doneOn: string | null;
  evidence: string;
  reporter?: string;
}

/**
 * A department records its progress on one task of a ledger it received as a package, for the package's period:
 * one report kept (every one stays), and the task shows it as its latest progress. One transaction, which also
 * drops what was typed as a draft for the task.
 */
export async function saveOwnReport(
  db: ReformDb,
  ledgerId: string,
  taskId: string,
  own: OwnReport,
  now = Date.now(),
): Promise<ReportRecord> {
  const { reportRecord, taskRecord } = await recordSchemas();
  return db.transaction('rw', db.reports, db.tasks, SETTINGS_TABLE, async () => {
    const side = (await getDepartmentSide(db))[ledgerId];
    if (!side) throw new AppError('errReportNotDispatched');
    const task = await db.tasks.get(taskId);
    if (!task || task.ledgerId !== ledgerId) throw new AppError('errTaskMissing', taskId);
    const record = reportRecord.parse({
      id: `own-${taskId}-${now}-${Math.random().toString(36).slice(2, 8)}`,
      taskId,
      ledgerId,
      department: side.department,
      periodLabel: side.period.label,
      periodStart: side.period.start,
      periodEnd: side.period.end,
      status: own.status,
      progress: own.progress,
      doneOn: own.doneOn,
      evidence: own.evidence,
      reporter: own.reporter ?? '',
      reportedAt: now,
      importedAt: now,
      via: 'manual',
    });
    await db.reports.add(record);
    await settings.ownReportDrafts.at(taskId).removeValue(db);
    const progress = own.progress.trim() || task.progress;
    await db.tasks.put(
      taskRecord.parse({
        ...task,
        progress,
        history: [...task.history, { at: now, action: `本单位填报：${side.period.label}` }],
        updatedAt: now,
      }),
    );
    return record;
  });
}

/**
 * The filled 报送表 a department exports from its own extension: the same form the office dispatches (ledger,
 * department and period of the package), each row filled from the department's latest report this period.
 * Null when the ledger was not received as a package.
 */
export async function departmentForm(db: ReformDb, ledgerId: string): Promise<ReportFormInput | null> {
  const side = (await getDepartmentSide(db))[ledgerId];
  const data = await loadReporting(db, ledgerId);
  if (!side || !data) return null;
  const mine = new Map<string, ReportRecord>();
  const earlier = new Map<string, ReportRecord>();
  for (const r of data.reports) {
    if (r.department !== side.department || r.periodStart > side.period.start) continue;
    const into = r.periodStart === side.period.start ? mine : earlier;
    const had = into.get(r.taskId);
    if (!had || r.periodStart > had.periodStart || r.importedAt >= had.importedAt) into.set(r.taskId, r);
  }
  return {
    ledgerId,
    ledgerTitle: data.ledger.title,
    department: side.department,
    period: side.period,
    tasks: data.tasks.flatMap((t) => {
      const role = roleOf(t, side.department);
      if (!role) return [];
      const r = mine.get(t.id);
      const before = earlier.get(t.id);
      // The task's progress already shows this period's own report; 上期进展 is the one before it.
      const lastProgress = before ? lastProgressOf(before) : r ? null : t.progress;
      return [
        {
          ...formTask(t, role, lastProgress),
          filled: r ? { status: r.status, progress: r.progress, doneOn: r.doneOn, evidence: r.evidence } : null,
        },
      ];
    }),
  };
}
