import { z } from '../z';
import { isoDate } from '../model/records';
import { REPORT_STATUSES, type ReportStatus } from './status';

export const reportPeriod = z.object({ label: z.string().trim().min(1).max(60), start: isoDate, end: isoDate });
export type ReportPeriod = z.infer<typeof reportPeriod>;

export const formInput = z.object({
  ledgerId: z.string().min(1).max(200),
  ledgerTitle: z.string().max(500),
  department: z.string().trim().min(1, '报送单位不能为空').max(100),
  period: reportPeriod,
  tasks: z
    .array(
      z.object({
        id: z.string().min(1).max(200),
        seq: z.string().max(50).nullable(),
        title: z.string().max(2000),
        role: z.enum(['lead', 'partner']),
        deadlineText: z.string().max(500),
        due: isoDate.nullable(),
        lastProgress: z.string().max(5000).nullable(),
        /**
         * Beyond the contract, optional: what a department's own extension already filled in (its latest report
         * this period), written into the four fill columns so the exported form is the filled 报送表.
         */
        filled: z
          .object({
            status: z.enum(REPORT_STATUSES).nullable(),
            progress: z.string().max(5000),
            doneOn: isoDate.nullable(),
            evidence: z.string().max(2000),
          })
          .nullable()
          .optional(),
      }),
    )
    .max(5000),
});
export type ReportFormInput = z.infer<typeof formInput>;

export interface ReportFormRow {
  id: string;
  status: ReportStatus | null;
  progress: string;
  doneOn: string | null;
  evidence: string;
}

/** A row whose 编号 was cleared and whose title matched no task of the form: the caller may match it by title. */
export interface UnmatchedRow extends Omit<ReportFormRow, 'id'> {
  title: string;
  rowNumber: number;
}

export interface ReportFormResult {
  ledgerId: string;
  department: string;
  period: ReportPeriod;
  rows: ReportFormRow[];
  warnings: string[];
  /** Beyond the contract: why nothing could be read (null when the file was read). */
  error: string | null;
  ledgerTitle: string;
  unmatched: UnmatchedRow[];
}
