import { DOMParser as LinkedomParser } from 'linkedom';
import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseLedgerHtml } from '../../lib/ledger/table-html';

const g = globalThis as { DOMParser?: unknown; ranFlag?: number };
beforeEach(() => {
  g.DOMParser = LinkedomParser;
});
afterEach(() => {
  delete g.DOMParser;
  delete g.ranFlag;
});

const pick = (t: {
  seq: string | null;
  group: string | null;
  title: string;
  lead: string[];
  partners: string[];
  due: string | null;
}) => [t.seq, t.group, t.title, t.lead, t.partners, t.due];

// Shaped like Word's clipboard HTML: mso classes, <p> inside cells, source lines wrapped inside Chinese text.
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body>
<p class=MsoNormal>（列第一位者为牵头单位）</p>
<table class=MsoTableGrid border=1>
<tr><td rowspan=2><p class=MsoNormal><b>序号</b></p></td><td rowspan=2><p><b>重点任务</b></p></td><td rowspan=2><p><b>具体工作</b></p></td>
<td colspan=2><p><b>责任单位</b></p></td><td rowspan=2><p><b>完成时限</b></p></td><td rowspan=2><p><b>责任领导</b></p></td><td rowspan=2><p><b>进展情况</b></p></td></tr>
<tr><td><p><b>牵头单位</b></p></td><td><p><b>责任单位</b></p></td></tr>
<tr><td colspan=8><p class=MsoNormal>一、强化组织领导</p></td></tr>
<tr><td rowspan=2><p>1</p></td><td rowspan=2><p>健全工作机制</p></td><td><p>建立联席</p><p>会议制度</p></td>
<td rowspan=2><p><span style='font-family:宋体'>市卫健委、市医保局</span></p></td><td><p>市财政局</p></td>
<td><p>①3月底前制定2020年度方案；②6月底前出台</p></td><td><p>张三、李四</p></td><td><p>已完成方案起草</p></td></tr>
<tr><td><p>建立督查制度</p></td><td><p>市政府办、市
人社局</p></td><td><p>全年</p></td><td><p>王五</p></td><td></td></tr>
<tr><td colspan=8>二、深化医保改革</td></tr>
<tr><td>2</td><td>推进支付方式改革</td><td>全面推行按病种付费</td><td>市医保局</td><td>市卫健委<br>市财政局</td><td>2021年第一季度末</td><td></td><td></td></tr>
</table></body></html>`;

const ledger = (n: string) =>
  `<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr><tr><td>1</td><td>任务${n}</td><td>单位${n}</td><td>2021年底前</td></tr></table>`;

describe('parseLedgerHtml: a Word table with merged cells', () => {
  it('fills rowspan/colspan, reads 牵头 + 责任单位 as lead + partners, heading rows as groups, people as leaders', () => {
    const { tasks, warnings } = parseLedgerHtml(WORD, { year: 2021 });
    expect(warnings).toEqual([]);
    expect(tasks.map(pick)).toEqual([
      ['1', '健全工作机制', '建立联席会议制度', ['市卫健委'], ['市医保局', '市财政局'], '2021-06-30'],
      ['1', '健全工作机制', '建立督查制度', ['市卫健委'], ['市医保局', '市政府办', '市人社局'], '2021-12-31'],
      ['2', '推进支付方式改革', '全面推行按病种付费', ['市医保局'], ['市卫健委', '市财政局'], '2021-03-31'],
    ]);
    expect(tasks[0].leaders).toEqual(['张三', '李四']);
    expect(tasks[0].progress).toBe('已完成方案起草');
    expect(tasks[1].progress).toBeNull();
    // Two phases with their own dates; "2020年度" is what the plan is about, not a date.
    expect(tasks[0].milestones).toEqual([
      { text: '3月底前制定2020年度方案', due: '2021-03-31' },
      { text: '6月底前出台', due: '2021-06-30' },
    ]);
  });

  it('a heading alone in a row is the group when the table has no 重点任务 column', () => {
    const html = `<table><tr><th>序号</th><th>工作任务</th><th>牵头部门</th><th>协作部门</th><th>完成时限</th></tr>
      <tr><td colspan=5>一、推进分级诊疗</td></tr>
      <tr><td>1</td><td>组建医共体</td><td>县卫健局</td><td>县医保局</td><td>2022年6月中旬</td></tr>
      <tr><td>二</td><td colspan=4>深化医保支付改革</td></tr>
      <tr><td>2</td><td>推行DRG付费</td><td>县医保局</td><td>县卫健局、县财政局</td><td>年内</td></tr></table>`;
    expect(parseLedgerHtml(html, { year: 2022 }).tasks.map(pick)).toEqual([
      ['1', '推进分级诊疗', '组建医共体', ['县卫健局'], ['县医保局'], '2022-06-20'],
      ['2', '深化医保支付改革', '推行DRG付费', ['县医保局'], ['县卫健局', '县财政局'], '2022-12-31'],
    ]);
  });

  it('bold units lead when a department cell mixes bold and plain (黑体字为牵头部门)', () => {
    const html = `<p>黑体字为牵头部门</p><table><tr><td>序号</td><td>工作任务</td><td>责任部门</td><td>完成时限</td></tr>
      <tr><td>1</td><td>统筹推进三医联动</td><td><b>社管局</b>、财政局、<strong>组织部</strong></td><td>2020 年年底前完成</td></tr>
      <tr><td>2</td><td>核定编制</td><td><span style="font-family:黑体">组织部</span>、社管局</td><td>2019年年底前</td></tr>
      <tr><td>3</td><td>规划村卫生室</td><td><b>社管局、经发局</b></td><td></td></tr></table>`;
    expect(parseLedgerHtml(html).tasks.map(pick)).toEqual([
      ['1', null, '统筹推进三医联动', ['社管局', '组织部'], ['财政局'], '2020-12-31'],
      ['2', null, '核定编制', ['组织部'], ['社管局'], '2019-12-31'],
      ['3', null, '规划村卫生室', ['社管局', '经发局'], [], null],
    ]);
  });

  it('reads the ledger table inside a layout table, and every ledger table of a page', () => {
    const html = `<table><tr><td><div>${ledger('甲')}</div></td></tr></table><p>附件2</p>${ledger('乙')}`;
    expect(parseLedgerHtml(html).tasks.map((t) => [t.title, t.lead])).toEqual([
      ['任务甲', ['单位甲']],
      ['任务乙', ['单位乙']],
    ]);
  });

  it('falls back to the text-ledger reader when the page has no table', () => {
    const html =
      '<div><p>1. 推进医联体建设。组建紧密型医共体。</p><p>（牵头单位：县卫健局；配合单位：县医保局）</p></div>';
    expect(parseLedgerHtml(html).tasks.map((t) => [t.title, t.lead, t.partners])).toEqual([
      ['推进医联体建设', ['县卫健局'], ['县医保局']],
    ]);
  });
});

describe('parseLedgerHtml: inert and bounded', () => {
  const hostile = `<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr>
    <tr><td>1</td><td>任务<script>globalThis.ranFlag = 1</script><img src="http://127.0.0.1:9/x.png" onerror="globalThis.ranFlag = 2"></td><td><iframe src="javascript:globalThis.ranFlag=3"></iframe>卫健局<style>td{color:red}</style></td></tr></table>
    <script>globalThis.ranFlag = 4</script><object data="http://127.0.0.1:9/o"></object>`;

  for (const [name, install] of [
    ['linkedom', () => (g.DOMParser = LinkedomParser)],
    ['happy-dom', () => (g.DOMParser = new Window().DOMParser)],
  ] as const) {
    it(`runs no script and loads nothing (${name}'s DOMParser)`, async () => {
      install();
      const requests: string[] = [];
      const realFetch = globalThis.fetch;
      globalThis.fetch = ((url: string) => {
        requests.push(String(url));
        return Promise.reject(new Error('blocked'));
      }) as typeof fetch;
      try {
        const { tasks } = parseLedgerHtml(hostile);
        await new Promise((r) => setTimeout(r, 50));
        expect(g.ranFlag).toBeUndefined();
        expect(requests).toEqual([]);
        expect(tasks.map((t) => [t.title, t.lead])).toEqual([['任务', ['卫健局']]]);
      } finally {
        globalThis.fetch = realFetch;
      }
    });
  }

  it('warns instead of throwing: no DOMParser, empty, 20 MB, binary', () => {
    delete g.DOMParser;
    expect(parseLedgerHtml('<table></table>').warnings[0]).toContain('HTML 解析器');
    g.DOMParser = LinkedomParser;
    expect(parseLedgerHtml('').tasks).toEqual([]);
    expect(parseLedgerHtml('x'.repeat(21 * 1024 * 1024)).warnings[0]).toContain('20 MB');
    const binary = String.fromCharCode(...Array.from({ length: 20000 }, (_, i) => (i * 7919) % 65536));
    const r = parseLedgerHtml(binary);
    expect(r.tasks).toEqual([]);
    expect(r.warnings.length).toBeGreaterThan(0);
  });

  it('reads a 5,000-row table', () => {
    const row = '<tr><td>1</td><td>任务</td><td>卫健局</td><td>2021年底前</td></tr>';
    const html = `<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>完成时限</td></tr>${row.repeat(5000)}</table>`;
    const { tasks } = parseLedgerHtml(html);
    expect(tasks).toHaveLength(5000);
    expect(tasks[4999].due).toBe('2021-12-31');
  }, 60_000);
});
