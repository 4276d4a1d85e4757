import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTargets, type ExtractedTarget } from '../../lib/indicators/extract-targets';
import { listIndicators } from '../../lib/indicators/catalog';
import { seedNonTargets, seedTargets, type ExpectedTarget } from './fixtures/seed-targets';
import { otherNonTargets, otherTargetSentences } from './fixtures/other-target-sentences';

const SEEDS = new URL('../../seeds/documents/', import.meta.url);
const seedText = (file: string) => readFileSync(new URL(file, SEEDS), 'utf8');
const compact = (s: string) => s.replace(/\s+/g, '').replace(/％/g, '%');

function matches(found: ExtractedTarget, want: Omit<ExpectedTarget, 'file'>): boolean {
  return (
    found.op === want.op &&
    found.value === want.value &&
    found.max === want.max &&
    found.unit === want.unit &&
    found.by === want.by &&
    found.indicatorId === want.indicatorId &&
    compact(found.clause).includes(compact(want.excerpt))
  );
}

/** True positives pair each expected target with at most one extracted target. */
function score(found: ExtractedTarget[], expected: Array<Omit<ExpectedTarget, 'file'>>) {
  const used = new Set<number>();
  const missed: Array<Omit<ExpectedTarget, 'file'>> = [];
  for (const want of expected) {
    const i = found.findIndex((f, j) => !used.has(j) && matches(f, want));
    if (i < 0) missed.push(want);
    else used.add(i);
  }
  const extra = found.filter((_, j) => !used.has(j));
  return { tp: used.size, missed, extra };
}

const files = [...new Set(seedTargets.map((t) => t.file))];

describe('extractTargets on the five seed documents', () => {
  const found = new Map(files.map((f) => [f, extractTargets(seedText(f))]));

  it('finds every target of the bundled catalog, with its indicator, comparison, value and deadline', () => {
    const missing: string[] = [];
    for (const def of listIndicators()) {
      for (const t of def.targets) {
        if (!t.source) continue;
        const hit = (found.get(t.source) ?? []).find(
          (f) =>
            f.indicatorId === def.id &&
            f.op === t.op &&
            (t.op === 'between' ? f.value === t.min && f.max === t.max : f.value === t.value) &&
            f.by === t.by &&
            (compact(f.clause).includes(compact(t.clause)) || compact(t.clause).includes(compact(f.clause))),
        );
        if (!hit) missing.push(`${def.id} ${t.clause}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('reaches precision and recall of at least 0.9 over every quantified clause (figures printed)', () => {
    let tp = 0;
    let fp = 0;
    const fn: string[] = [];
    const extras: string[] = [];
    for (const file of files) {
      const r = score(
        found.get(file)!,
        seedTargets.filter((t) => t.file === file),
      );
      tp += r.tp;
      fp += r.extra.length;
      fn.push(...r.missed.map((m) => `${file} ${m.excerpt} ${m.value}`));
      extras.push(...r.extra.map((e) => `${file} ${e.clause} ${e.value}${e.unit}`));
    }
    const precision = tp / (tp + fp);
    const recall = tp / seedTargets.length;
    console.log(
      `seeds: ${seedTargets.length} targets, found ${tp + fp}, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
    );
    if (fn.length) console.log('missed:', fn);
    if (extras.length) console.log('extra:', extras);
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it.each(seedNonTargets)('finds no target in "$sentence" ($reason)', ({ sentence }) => {
    expect(extractTargets(sentence)).toEqual([]);
  });
});

describe('extractTargets on other public documents', () => {
  it('finds the targets of each collected sentence and nothing else (figures printed)', () => {
    let tp = 0;
    let fp = 0;
    let total = 0;
    const report: string[] = [];
    for (const doc of otherTargetSentences) {
      const found = extractTargets(doc.sentence, doc.year === undefined ? {} : { year: doc.year });
      const r = score(found, doc.expected);
      tp += r.tp;
      fp += r.extra.length;
      total += doc.expected.length;
      for (const m of r.missed) report.push(`missed ${m.excerpt} ${m.value}`);
      for (const e of r.extra) report.push(`extra ${JSON.stringify(e)}`);
    }
    console.log(
      `other documents: ${total} targets, precision ${(tp / (tp + fp)).toFixed(3)}, recall ${(tp / total).toFixed(3)}`,
    );
    expect(report).toEqual([]);
  });

  it.each(otherNonTargets)('finds no target in a sentence of $source', ({ sentence }) => {
    expect(extractTargets(sentence)).toEqual([]);
  });
});

describe('extractTargets result shape and wording', () => {
  it('returns exactly the documented fields', () => {
    const [t] = extractTargets('到2025年，家庭医生签约服务覆盖率达到75%以上。');
    expect(t).toEqual({
      clause: '到2025年，家庭医生签约服务覆盖率达到75%以上',
      subject: '家庭医生签约服务覆盖率',
      op: '>=',
      value: 75,
      unit: '%',
      by: '2025-12',
      indicatorId: 'signing-coverage',
    });
  });

  it('takes the plan year when the sentence names no deadline, and the sentence deadline over it', () => {
    const text = '县域内就诊率达到90%以上。2024年6月底前，医疗服务收入占医疗收入比例提高到35%。';
    const [a, b] = extractTargets(text, { year: 2024 });
    expect(a).toMatchObject({ indicatorId: 'in-county-visit-rate', by: '2024-12' });
    expect(b).toMatchObject({ indicatorId: 'medical-service-revenue-share', op: '>=', value: 35, by: '2024-06' });
    expect(extractTargets('县域内就诊率达到90%以上。')[0]!.by).toBeNull();
  });

  it('reads ceilings, bands, per-population counts and per-capita money', () => {
    const text =
      '到2025年，医疗费用增长幅度控制在10%以内；公立医院人员支出占业务支出比例调控在35%～50%；每千人口执业（助理）医师数达到3.2人；人均基本公共卫生服务经费补助标准提高到89元。';
    expect(extractTargets(text).map(({ op, value, max, unit, by }) => ({ op, value, max, unit, by }))).toEqual([
      { op: '<=', value: 10, max: undefined, unit: '%', by: '2025-12' },
      { op: 'between', value: 35, max: 50, unit: '%', by: '2025-12' },
      { op: '>=', value: 3.2, max: undefined, unit: '人/千人口', by: '2025-12' },
      { op: '>=', value: 89, max: undefined, unit: '元/人', by: '2025-12' },
    ]);
  });

  it('does not take budgets, dates, document numbers, ages or counts of documents for targets', () => {
    const text =
      '市财政安排专项资金500万元，2020年12月31日前拨付到位。根据《关于印发深化医药卫生体制改革2024年重点工作任务的通知》（国办发〔2024〕29号），制定印发3个配套文件，65岁及以上老年人免费体检。';
    expect(extractTargets(text)).toEqual([]);
  });

  it('skips a value reported as already reached', () => {
    expect(extractTargets('截至2023年底，全县家庭医生签约率已达到62%。')).toEqual([]);
    expect(extractTargets('目前县域内就诊率为85%。')).toEqual([]);
  });
});

describe('a paragraph that opens with its deadline', () => {
  // 海南州全面推进紧密型县域医疗卫生共同体建设实施方案 (2024), as the stored page has it: heading line, then the paragraph.
  const text =
    '一、总体目标\n到2025年底前,县域医共体建设的组织管理、投入保障、人事编制、薪酬待遇、医保支付等政策进一步完善。医共体总院全部达到县级医院服务能力基本标准,90%的乡镇卫生院达到服务能力推荐标准,基层医疗卫生机构诊疗量占比提高到55%左右。';

  it('gives that deadline to the goals of its later sentences', () => {
    expect(extractTargets(text).map((t) => [t.value, t.by, t.indicatorId])).toEqual([
      [90, '2025-12', null],
      [55, '2025-12', 'primary-care-visit-share'],
    ]);
  });

  it('but a deadline later in the first sentence does not lead the paragraph', () => {
    const later = '各地要在2025年底前完成评估。基层医疗卫生机构诊疗量占比提高到55%左右。';
    expect(extractTargets(later).map((t) => t.by)).toEqual([null]);
  });
});
