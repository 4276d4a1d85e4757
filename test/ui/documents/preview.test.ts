import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { guessMeta, previewDocument } from '../../../lib/ui/documents/preview';
import { confirmedDocument, initialChoices, newIndicatorChoice } from '../../../lib/ui/documents/choices';
import { parseLedgerText } from '../../../lib/ledger/text-ledger';
import { defaultUnits } from '../../../lib/indicators/target-indicator';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
// The library's entries were transcribed by hand from each document's header (seeds/documents/index.json);
// the same five texts are in the shared seeds folder.
const index = JSON.parse(read('../../../seeds/documents/index.json')) as Array<{
  file: string;
  title: string;
  issuer: string;
  docNumber: string | null;
  issued: string | null;
  region: string;
}>;

describe('the header of a pasted document', () => {
  it.each(index.map((d) => [d.file, d] as const))(
    '%s: title, issuer, 文号, date and place as the library has them',
    (file, want) => {
      const meta = guessMeta(read(`../../../seeds/documents/${file}`));
      expect(meta).toMatchObject({
        title: want.title,
        issuer: want.issuer,
        docNumber: want.docNumber,
        issued: want.issued,
      });
      expect(meta.region).not.toBe('');
      expect(want.region.endsWith(meta.region)).toBe(true);
    },
  );

  it('reads other real documents: issuer before 关于, a 文号 on its own line, a quoted 文号 left alone', () => {
    expect(guessMeta(read('../../fixtures/real/text/chuzhou-2020-zfgz.txt'))).toMatchObject({
      title: '关于2020年市政府重点工作及责任分解的通知',
      issuer: '滁州市人民政府',
      docNumber: null,
      region: '滁州市',
    });
    // The 文号 in its body, “（运政办发〔2016〕76号）精神”, is another document's.
    expect(guessMeta(read('../../fixtures/real/text/yuncheng-2017-yingji.txt'))).toMatchObject({
      title: '运城市突发事件应急体系建设“十三五”规划责任分解',
      issuer: '运城市人民政府办公厅',
      docNumber: null,
      issued: '2017-04-13',
    });
    expect(guessMeta(read('../../fixtures/real/text/xuchang-2020-zfgz.txt')).docNumber).toBe('许政[2020]20号');
  });

  it('takes the number off a masthead line it runs into, and never returns a whole paragraph as the title', () => {
    const meta = guessMeta('某县人民政府文件某政发〔2025〕7号\n' + '为'.repeat(300) + '。');
    expect(meta.docNumber).toBe('某政发〔2025〕7号');
    expect(meta.title.length).toBeLessThanOrEqual(80);
  });
});

describe('the preview of a document', () => {
  it('reads tasks from the tables a .docx or pasted page gave, before the text', () => {
    const tables = [
      [
        ['序号', '重点任务', '牵头单位', '完成时限'],
        ['1', '推进紧密型县域医共体建设', '县卫健局', '2026年12月底前'],
      ],
    ];
    const p = previewDocument({ text: '某县2026年医改重点任务\n到2026年底，县域内就诊率达到92%以上。', tables });
    expect(p.tasks.map((t) => [t.title, t.lead, t.due])).toEqual([
      ['推进紧密型县域医共体建设', ['县卫健局'], '2026-12-31'],
    ]);
    expect(p.targets).toMatchObject([{ indicatorId: 'in-county-visit-rate', op: '>=', value: 92, by: '2026-12' }]);
  });

  it('reads a ledger written as numbered paragraphs with their units when there is no table', () => {
    const text = read('../../fixtures/real/text/lingbi-wjw-2021-zfgz.txt');
    const p = previewDocument(text);
    expect(p.tasks.length).toBeGreaterThan(0);
    expect(p.tasks).toEqual(parseLedgerText(text, {}).tasks);
  });

  it('starts catalog targets as targets for their indicator and others as skipped; a new indicator needs its names', () => {
    const text = '到2026年底，县域内就诊率达到92%以上，90%的乡镇卫生院达到服务能力推荐标准。';
    const p = previewDocument(text);
    expect(p.targets.map((t) => t.indicatorId)).toEqual(['in-county-visit-rate', null]);
    const choices = initialChoices(p.targets);
    expect(choices).toEqual([{ kind: 'catalog', indicatorId: 'in-county-visit-rate' }, { kind: 'skip' }]);

    const meta = { ...p.meta, title: '某县方案' };
    const fresh = newIndicatorChoice(p.targets[1]!);
    if (fresh.kind !== 'new') throw new Error('a new indicator choice');
    const unnamed = { ...fresh, numerator: '' };
    const refused = confirmedDocument(p, meta, text, [choices[0]!, unnamed], true);
    expect(refused.errors[1]).toContain('分子');

    const named = { ...unnamed, numerator: '达到推荐标准的乡镇卫生院数', denominator: '乡镇卫生院数', inputUnit: '家' };
    const { document, errors } = confirmedDocument(p, meta, text, [choices[0]!, named], false);
    expect(errors).toEqual({});
    expect(document.tasks).toEqual([]);
    expect(document.targets).toMatchObject([{ indicatorId: 'in-county-visit-rate', value: 92 }]);
    expect(document.newIndicators).toMatchObject([
      {
        target: { value: 90, unit: '%' },
        names: { numerator: '达到推荐标准的乡镇卫生院数', denominator: '乡镇卫生院数' },
      },
    ]);
    // A percentage needs what it is a percentage of.
    expect(
      confirmedDocument(p, meta, text, [{ kind: 'skip' }, { ...named, denominator: '' }], true).errors[1],
    ).toContain('分母');
  });
});

describe('a new indicator made for a document’s target', () => {
  it('starts with the target’s unit (‰ stays ‰, a count keeps what it counts), not 人 for every target', () => {
    const text =
      '到2025年，孕产妇死亡率控制在10/10万以下，婴儿死亡率控制在5‰以下，二级以上医院设置老年医学科的比例达到60%以上。';
    const p = previewDocument(text);
    const infant = p.targets.find((t) => t.unit === '‰')!;
    const share = p.targets.find((t) => t.unit === '%')!;
    expect(newIndicatorChoice(infant)).toMatchObject({ kind: 'new', unit: '‰', inputUnit: '人' });
    expect(newIndicatorChoice(share)).toMatchObject({ kind: 'new', unit: '%' });
    expect(defaultUnits('家')).toEqual({ unit: '家', inputUnit: '家' });
    expect(defaultUnits('元/人')).toEqual({ unit: '元/人', inputUnit: '人' });

    // Confirmed as typed: the unit the user leaves (or corrects) is the new indicator's.
    const fresh = newIndicatorChoice(infant);
    if (fresh.kind !== 'new') throw new Error('a new indicator choice');
    const choices = p.targets.map((t) =>
      t === infant ? { ...fresh, numerator: '婴儿死亡数', denominator: '活产数' } : { kind: 'skip' as const },
    );
    const { document, errors } = confirmedDocument(p, { ...p.meta, title: '某县规划' }, text, choices, false);
    expect(errors).toEqual({});
    expect(document.newIndicators).toMatchObject([{ names: { unit: '‰', inputUnit: '人' } }]);
  });
});
