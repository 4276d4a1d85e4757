import { z } from '../z';
import { isoDate } from '../model/records';
import { reportPeriod, type ReportPeriod } from './form-types';
import { roleOf, type ReportLedger, type ReportTask } from './types';

/**
 * The dispatch package for a department that has the extension: its tasks of the office's ledger as JSON, to
 * import as its own ledger (same ledger and task ids, so the forms it returns match the office's ledger).
 */

export const PACKAGE_FORMAT = 'reform-ledger-dispatch';
const isoOrEmpty = z.union([isoDate, z.literal('')]);

export const dispatchPackage = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(1),
  ledgerId: z.string().min(1).max(200),
  ledgerTitle: z.string().min(1).max(500),
  department: z.string().trim().min(1).max(100),
  period: reportPeriod,
  writtenAt: z.string(),
  tasks: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        seq: z.string().max(50).nullable(),
        title: z.string().min(1).max(2000),
        role: z.enum(['lead', 'partner']),
        lead: z.array(z.string().min(1).max(100)).max(50),
        partners: z.array(z.string().min(1).max(100)).max(100),
        deadlineText: z.string().max(500),
        deadlineKind: z.enum(['date', 'span', 'recurring', 'open']),
        due: isoOrEmpty,
        lastProgress: z.string().max(5000).nullable(),
      }),
    )
    .max(5000),
});
export type DispatchPackage = z.infer<typeof dispatchPackage>;

export function buildPackage(
  ledger: ReportLedger,
  tasks: readonly ReportTask[],
  department: string,
  period: ReportPeriod,
  now = new Date(),
): DispatchPackage {
  return {
    format: PACKAGE_FORMAT,
    version: 1,
    ledgerId: ledger.id,
    ledgerTitle: ledger.title,
    department,
    period,
    writtenAt: now.toISOString(),
    tasks: tasks.flatMap((t) => {
      const role = roleOf(t, department);
      return role
        ? [
            {
              id: t.id,
              seq: t.seq,
              title: t.title,
              role,
              lead: t.lead,
              partners: t.partners,
              deadlineText: t.deadlineText,
              deadlineKind: t.deadlineKind,
              due: t.due,
              lastProgress: t.progress,
            },
          ]
        : [];
    }),
  };
}

export type PackageReading = { ok: true; pkg: DispatchPackage } | { ok: false; error: string };

/** A received package file's text; never throws. */
export function readPackage(text: string): PackageReading {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: '这个文件不是有效的数据包（JSON 格式有误），请向医改办重新索取。' };
  }
  if ((json as { format?: unknown })?.format !== PACKAGE_FORMAT) {
    return {
      ok: false,
      error: '这不是医改办下发的任务数据包。报送表（.xlsx）请用 WPS/Excel 填写；备份文件请在“备份”栏恢复。',
    };
  }
  const parsed = dispatchPackage.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      error: `数据包内容不完整或已损坏（${parsed.error.issues[0]?.path.join('.') || '格式'}），未导入。`,
    };
  return { ok: true, pkg: parsed.data };
}

/** Section name marking the department's role on each imported task (shown as the ledger's grouping). */
export const ROLE_GROUP = { lead: '本单位牵头', partner: '本单位配合' } as const;
