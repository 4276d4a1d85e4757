import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLedgerText } from '../../lib/ledger/text-ledger';

const real = (name: string) => readFileSync(new URL(`./fixtures/real/${name}`, import.meta.url), 'utf8');
const pick = (t: {
  seq: string | null;
  group: string | null;
  lead: string[];
  partners: string[];
  due: string | null;
}) => [t.seq, t.group, t.lead, t.partners, t.due];

describe('parseLedgerText: seed 000’s body, each item ending "（责任单位：…）"', () => {
  const text = readFileSync('/work/shared/seeds/000_6a5077e087b07226.txt', 'utf8');
  const body = text.slice(0, text.indexOf('## 附件 2'));
  const { tasks, warnings } = parseLedgerText(body, { year: 2018 });

  it('finds one task per unit clause, grouped under the （二）… headings', () => {
    expect(warnings).toEqual([]);
    expect(tasks).toHaveLength(18);
    expect(tasks[0]).toMatchObject({
      seq: '1',
      group: '加快推进分级诊疗制度建设',
      title: '落实医疗卫生服务体系功能定位',
    });
    expect(tasks[0].lead).toEqual(['组织部', '经发局', '财政局', '建设局', '社管局', '各镇', '街道']);
    expect(tasks[0].due).toBe('2020-12-31');
    expect(tasks[5]).toMatchObject({ seq: '1', group: '健全药品供应保障制度', title: '完善药品供应保障机制' });
    // The clause wraps onto the next line and closes with a half-width bracket.
    expect(tasks[5].lead).toEqual(['财政局', '市场监管局', '社管局', '社保处']);
    expect(tasks[17]).toMatchObject({
      seq: '八',
      group: '主要任务',
      title: '深化全民健康信息化建设',
      lead: ['财政局', '社管局'],
    });
  });

  it('skips paragraphs that name no unit (总体要求, 保障措施)', () => {
    expect(tasks.some((t) => t.title.startsWith('以习近平') || t.title.startsWith('强化责任落实'))).toBe(false);
  });
});

describe('parseLedgerText: inline and labelled units', () => {
  it('reads 牵头/配合 labels, bare "A牵头，B配合", "等负责" and a deadline inside the sentence', () => {
    const s = [
      '一、强化组织领导',
      '（一）健全工作机制。建立联席会议制度（牵头单位：市卫健委；配合单位：市财政局、市医保局），2021年6月底前完成。',
      '（二）推进分级诊疗。到2022年底，县域就诊率达到90%（市卫健委、市医保局等负责）。',
      '二、深化医保改革',
      '1. 推进支付方式改革。全面推行按病种付费（市医保局牵头，市卫健委、市财政局配合；2021年底前完成）',
      '2. 加强基金监管',
      '牵头单位：市医保局',
      '配合单位：市公安局、市卫健委',
      '完成时限：2021年第三季度末',
      '3. 落实医保政策。（各有关部门按职责分工负责）',
    ].join('\n');
    const { tasks } = parseLedgerText(s, { year: 2021 });
    expect(tasks.map(pick)).toEqual([
      ['一', '强化组织领导', ['市卫健委'], ['市财政局', '市医保局'], '2021-06-30'],
      ['二', '强化组织领导', ['市卫健委', '市医保局'], [], '2022-12-31'],
      ['1', '深化医保改革', ['市医保局'], ['市卫健委', '市财政局'], '2021-12-31'],
      ['2', '深化医保改革', ['市医保局'], ['市公安局', '市卫健委'], '2021-09-30'],
      ['3', '深化医保改革', ['各有关部门'], [], null],
    ]);
    expect(tasks[3].title).toBe('加强基金监管');
    expect(tasks[3].deadlineText).toBe('2021年第三季度末');
  });

  it('"排在第一位的为牵头部门": the first unit of every clause leads (a Tianjin plan’s layout)', () => {
    const { tasks } = parseLedgerText(real('tianjin-inline.txt'), { year: 2017 });
    expect(tasks.map(pick)).toEqual([
      ['1', '推进医疗联合体建设', ['市卫生计生委'], ['市人力社保局'], null],
      ['2', '推进医疗联合体建设', ['市卫生计生委'], [], null],
      ['3', '推进医疗联合体建设', ['市卫生计生委'], ['市发展改革委', '市财政局', '市人力社保局'], null],
    ]);
  });

  it('责任单位 under a 牵头单位 line are partners (a district’s 分工方案, labelled lines)', () => {
    const { tasks } = parseLedgerText(real('lishan-labelled.txt'), { year: 2023 });
    expect(tasks.map(pick)).toEqual([
      ['1', '经济社会发展的主要预期目标', ['区发改局'], ['立山经济开发区', '全区经济运行各专班'], null],
      ['2', '经济社会发展的主要预期目标', ['区工信局'], ['立山经济开发区'], null],
      ['3', '经济社会发展的主要预期目标', ['区发改局'], ['立山经济开发区', '各街道', '区直各部门'], null],
      ['4', '经济社会发展的主要预期目标', ['区商务局'], ['各街道', '区市场局'], null],
    ]);
    expect(tasks[0].title).toBe('努力实现地区生产总值增长6.2%左右');
  });

  it('a year in passing is no deadline; a document title is no deadline', () => {
    const s = '1. 落实《“健康中国2030”规划纲要》。根据2016年部署，制定2021年度工作方案（责任单位：市卫健委）';
    expect(parseLedgerText(s, { year: 2021 }).tasks[0].due).toBeNull();
  });

  it('gives a warning, never an exception, for empty, binary or huge input', () => {
    expect(parseLedgerText('').warnings.length).toBe(1);
    expect(parseLedgerText(undefined as unknown as string).tasks).toEqual([]);
    const binary = String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 7919) % 65536));
    expect(() => parseLedgerText(binary)).not.toThrow();
    expect(parseLedgerText('甲'.repeat(21 * 1024 * 1024)).warnings[0]).toContain('20 MB');
  });
});
