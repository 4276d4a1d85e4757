import { z } from '../../z';
import { isIsoDate } from '../../model/calendar';
import { splitDepartments } from '../../ledger/departments';
import { t } from '../../i18n/t';

/** What the capture form accepts; each message shows beside its field. */
export function captureForm() {
  const departments = z
    .string()
    .max(500, t('capDepartmentsTooLong'))
    .transform((v) => splitDepartments(v));
  return z.object({
    title: z.string().trim().min(1, t('capTitleRequired')).max(2000, t('capTitleTooLong')),
    deadlineText: z.string().trim().max(200, t('capDeadlineTooLong')),
    due: z
      .string()
      .trim()
      .refine((v) => v === '' || isIsoDate(v), t('capInvalidDate'))
      .transform((v) => (v === '' ? null : v)),
    lead: departments,
    partners: departments,
    ledger: z.string(),
  });
}

export interface CaptureFormValues {
  title: string;
  deadlineText: string;
  due: string;
  lead: string;
  partners: string;
  /** A ledger id, or TEMPORARY for this year's 临时任务 ledger that does not exist yet. */
  ledger: string;
}

export const TEMPORARY = '';
