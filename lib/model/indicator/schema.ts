import { z } from '../../z';
import { isIsoMonth } from '../calendar';
import { LIMITS } from '../limits';
import { cleanText } from '../text';

/** A name as stored: invisible characters removed, then the same checks as every other name (lib/model). */
const name = (what: string, max: number = LIMITS.name) =>
  z.string().overwrite(cleanText).min(1, `${what}不能为空`).max(max, `${what}不能超过 ${max} 字`);

// zod 4 numbers already refuse NaN and ±Infinity.
const finite = z.number();

export const aggregation = z.enum(['flow', 'stock', 'ytd-cumulative']);
export type Aggregation = z.infer<typeof aggregation>;

export const indicatorInput = z.object({
  key: z.string().regex(/^[a-z][A-Za-z0-9]*$/, '录入项代码须为小驼峰英文（如 signedPopulation）'),
  label: name('录入项名称'),
  labelEn: z.string().trim().max(LIMITS.name).default(''),
  unit: name('录入项单位', 20),
  aggregation,
});
export type IndicatorInput = z.infer<typeof indicatorInput>;

export const formulaSide = z.object({
  plus: z.array(z.string()).min(1, '至少要有一个相加的录入项'),
  minus: z.array(z.string()).default([]),
});
export type FormulaSide = z.infer<typeof formulaSide>;

const boundTarget = z.object({ op: z.enum(['>=', '<=']), value: finite });
const bandTarget = z.object({ op: z.literal('between'), min: finite, max: finite });

export const target = z.union([boundTarget, bandTarget]);
export type Target = z.infer<typeof target>;

// Targets a user adds have no source document, hence the defaults.
const targetMeta = {
  by: z
    .string()
    .refine((v): boolean => isIsoMonth(v), '期限须为 YYYY-MM')
    .nullable()
    .default(null),
  source: z.string().trim().min(1).nullable().default(null),
  clause: z.string().max(LIMITS.group).default(''),
  /** Which target this is across edits, so two pages editing one indicator's targets merge (indicators/target-edit). */
  key: z.string().min(1).max(40).optional(),
};
export const catalogTarget = z.union([boundTarget.extend(targetMeta), bandTarget.extend(targetMeta)]);
export type CatalogTarget = z.infer<typeof catalogTarget>;

function emptySideToNull(side: unknown): unknown {
  const s = side as { plus?: unknown[]; minus?: unknown[] } | null | undefined;
  return s && Array.isArray(s.plus) && s.plus.length === 0 && !s.minus?.length ? null : side;
}

export const indicatorDef = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '指标代码须为小写英文、数字和连字符'),
    name: name('指标名称'),
    nameEn: z.string().trim().max(LIMITS.name).default(''),
    unit: name('指标单位', 20),
    factor: finite.positive('倍数须大于 0'),
    inputs: z.array(indicatorInput).min(1, '至少要有一个录入项').max(50, '录入项不能超过 50 个'),
    numerator: formulaSide,
    // A count indicator has no denominator; `{ plus: [], minus: [] }` means the same as null.
    denominator: z.preprocess(emptySideToNull, formulaSide.nullable()).default(null),
    targets: z.array(catalogTarget).min(1, '至少要有一个目标值').max(20, '目标值不能超过 20 个'),
    definition: z.string().max(LIMITS.group, `口径说明不能超过 ${LIMITS.group} 字`).default(''),
  })
  .superRefine((def, ctx) => {
    const keys = new Set<string>();
    def.inputs.forEach((input, i) => {
      if (keys.has(input.key))
        ctx.addIssue({ code: 'custom', path: ['inputs', i, 'key'], message: `录入项 ${input.key} 重复` });
      keys.add(input.key);
    });
    for (const sideName of ['numerator', 'denominator'] as const) {
      const side = def[sideName];
      if (!side) continue;
      const seen = new Set<string>();
      for (const part of ['plus', 'minus'] as const) {
        side[part].forEach((key, i) => {
          const path = [sideName, part, i];
          const where = sideName === 'numerator' ? '分子' : '分母';
          if (!keys.has(key)) ctx.addIssue({ code: 'custom', path, message: `${where}中的 ${key} 不是本指标的录入项` });
          else if (seen.has(key)) ctx.addIssue({ code: 'custom', path, message: `${where}中的 ${key} 重复出现` });
          seen.add(key);
        });
      }
    }
    def.targets.forEach((t, i) => {
      if (t.op === 'between' && t.min > t.max) {
        ctx.addIssue({ code: 'custom', path: ['targets', i], message: '目标区间下限不能大于上限' });
      }
    });
  });
export type IndicatorDef = z.infer<typeof indicatorDef>;

export const indicatorCatalog = z.array(indicatorDef).superRefine((defs, ctx) => {
  const ids = new Set<string>();
  defs.forEach((def, i) => {
    if (ids.has(def.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `指标代码 ${def.id} 重复` });
    ids.add(def.id);
  });
});
