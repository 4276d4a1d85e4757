import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BOLD_CLOSE, BOLD_OPEN } from '../../lib/ledger/cell-units';
import { readDocx } from '../../lib/ledger/docx-tables';
import { parseLedgerGrids } from '../../lib/ledger/table-html';
import { docx, paragraph, sampleDocx, table } from './docx-fixture';
import { failureText } from '../helpers/fake-i18n';

describe('readDocx', () => {
  const content = readDocx(sampleDocx());

  it('offers every table of the document, merged cells filled', () => {
    expect(content.tables).toHaveLength(2);
    const [first] = content.tables;
    expect(first[0]).toEqual(['序号', '重点任务', '具体工作', '责任单位', '责任单位', '完成时限']);
    // vMerge continue cells take the text of the cell they continue.
    expect(first[1]).toEqual(['序号', '重点任务', '具体工作', '牵头单位', '配合单位', '完成时限']);
    expect(first[2]).toEqual(Array(6).fill('一、强化组织领导'));
    expect(first[4].slice(0, 4)).toEqual([
      '1',
      '健全工作机制',
      '建立督查制度',
      `${BOLD_OPEN}市卫健委${BOLD_CLOSE}、市医保局`,
    ]);
    expect(first[5][4]).toBe('市卫健委\n市财政局');
    expect(content.text).toBe('附件1 重点任务分工\n附件2');
  });

  it('reads both ledgers with bold and 黑体 leads', () => {
    const result = parseLedgerGrids(content.tables, { year: 2021 });
    expect(result?.warnings).toEqual([]);
    expect(result?.tasks.map((t) => [t.seq, t.group, t.title, t.lead, t.partners, t.due])).toEqual([
      ['1', '健全工作机制', '建立联席会议制度', ['市卫健委'], ['市医保局', '市财政局'], '2021-06-30'],
      ['1', '健全工作机制', '建立督查制度', ['市卫健委'], ['市医保局', '市政府办'], '2021-12-31'],
      ['2', '推进支付方式改革', '全面推行按病种付费', ['市医保局'], ['市卫健委', '市财政局'], '2021-03-31'],
      ['1', null, '第二张表的任务', ['县卫健局'], ['县医保局'], '2021-12-31'],
    ]);
  });

  it('reads a table nested in a cell as its own table and as lines of the cell', () => {
    const inner = table([['a', 'b']]);
    const xml = `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>外</w:t></w:r></w:p>${inner}</w:tc></w:tr></w:tbl>`;
    const c = readDocx(docx(xml));
    expect(c.tables).toEqual([[['a', 'b']], [['外\na b']]]);
  });

  it('throws a Chinese message (the UI shows it) for a file that is no .docx', async () => {
    expect(await failureText(() => readDocx(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3])))).toMatch(/\.docx/);
    expect(await failureText(() => readDocx(zipSync({ 'a.txt': strToU8('x') })))).toMatch(/Word 正文/);
    expect(() => readDocx(docx(paragraph('没有表格')))).not.toThrow();
  });
});
