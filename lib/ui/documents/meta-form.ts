import { z } from '../../z';
import { isIsoDate } from '../../model/calendar';
import { DATE_FIELD_MESSAGE } from '../ledgers/fields';
import { LIMITS } from '../../model/limits';
import { cleanText } from '../../model/text';
import type { DocumentMeta } from './preview';

/** The document header as the preview's fields hold it (strings), and the check that turns it into DocumentMeta. */
export interface MetaFormValues {
  title: string;
  issuer: string;
  docNumber: string;
  issued: string;
  region: string;
}

const text = (max: number, what: string) => z.string().overwrite(cleanText).max(max, `${what}不能超过 ${max} 字`);

export const metaForm = z.object({
  title: text(LIMITS.ledgerTitle, '文件标题').min(1, '文件标题不能为空'),
  issuer: text(LIMITS.issuer, '印发单位'),
  docNumber: text(LIMITS.docNumber, '文号').transform((v) => (v === '' ? null : v)),
  issued: z
    .string()
    .trim()
    .refine((v) => v === '' || isIsoDate(v), DATE_FIELD_MESSAGE)
    .transform((v) => (v === '' ? null : v)),
  region: text(LIMITS.region, '地区'),
}) satisfies z.ZodType<DocumentMeta, MetaFormValues>;

export const metaValues = (m: DocumentMeta): MetaFormValues => ({
  ...m,
  docNumber: m.docNumber ?? '',
  issued: m.issued ?? '',
});
