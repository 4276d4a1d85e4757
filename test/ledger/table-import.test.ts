import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  NO_HEADER_WARNING,
  cleanCellText,
  detectColumns,
  parseLedgerRows,
  parseLedgerTable,
  splitTableText,
  type ImportedTask,
} from '../../lib/ledger/table-import';

// Huge hostile inputs: a quadratic parser would hang far past this; speed itself is measured in npm run bench.
const BIG_INPUT_TIMEOUT = 120_000;

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function task(
  seq: string | null,
  group: string | null,
  title: string,
  lead: string[],
  partners: string[],
  deadlineText: string,
  due: string | null,
): ImportedTask {
  return { seq, group, title, lead, partners, deadlineText, due, leaders: [], milestones: [], progress: null };
}

describe('parseLedgerTable: pastes made from the source documents', () => {
  it('reads 000’s 部门分工台账 as Word copies it (title rows, a blank line inside the table)', () => {
    const { tasks, warnings } = parseLedgerTable(fixture('weihai-division-word.txt'));
    expect(warnings).toEqual([]);
    expect(tasks).toHaveLength(23);
    expect(tasks.map((t) => t.seq)).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
    // Hand-read from the 时间进度安排 column of 附件2.
    const y19 = '2019-12-31';
    const y20 = '2020-12-31';
    expect(tasks.map((t) => t.due)).toEqual([
      y20,
      null,
      y20,
      null,
      y20,
      y19,
      y20,
      y19,
      y20,
      y19,
      y19,
      y20,
      y20,
      y20,
      y20,
      y19,
      y20,
      y20,
      y19,
      y20,
      y20,
      y20,
      y19,
    ]);
    // The typography note after the first lead department is not a department.
    expect(tasks[0]).toEqual(
      task(
        '1',
        null,
        '加强医改工作的组织领导，统筹推进医疗、医保、医药“三医联动”',
        ['社管局'],
        [],
        '2020 年年底前完成',
        y20,
      ),
    );
    expect(tasks[2].lead).toEqual(['社管局', '经发局', '财政局', '建设局', '各镇', '街道']);
    expect(tasks[5].lead).toEqual(['社管局', '组织部', '财政局', '社保处']);
    expect(tasks[22]).toEqual(
      task(
        '23',
        null,
        '将医改任务完成情况纳入全面深化改革考核，强化对医改工作督察考核和奖惩',
        ['组织部', '社管局'],
        [],
        '2019年年底前完成',
        y19,
      ),
    );
  });

  it('reads 002’s table as Word copies it', () => {
    const { tasks, warnings } = parseLedgerTable(fixture('guyuan-word.txt'));
    expect(warnings).toEqual([]);
    expect(tasks).toHaveLength(17);
    expect(tasks[0]).toEqual(
      task(
        '1',
        null,
        '制定《固原市全面开展县（区）域综合医改实施方案》',
        ['市医改办'],
        [],
        '2020年11月底前',
        '2020-11-30',
      ),
    );
    expect(tasks[2].lead).toEqual(['县（区）党委', '政府']);
    // "市卫健委 (市人民医院)": two departments, as the seed transcription has them.
    expect(tasks[4].lead).toEqual(['市卫健委', '市人民医院']);
    expect(tasks[8]).toEqual(
      task('9', null, '建设县（区）域医疗卫生健康信息平台', ['县（区）政府'], [], '2021年6月底前', '2021-06-30'),
    );
    expect(tasks.map((t) => t.due)).toEqual([
      '2020-11-30',
      '2020-11-30',
      '2020-12-31',
      '2020-12-31',
      '2021-03-31',
      '2021-03-31',
      '2021-03-31',
      '2021-12-31',
      '2021-06-30',
      '2021-03-31',
      '2021-03-31',
      '2021-03-31',
      '2021-03-31',
      '2021-03-31',
      '2021-06-30',
      '2021-06-30',
      '2021-03-31',
    ]);
  });

  it('reads a Word copy of 003 with merged cells left blank and the header repeated after a page break', () => {
    const { tasks, warnings } = parseLedgerTable(fixture('baishan-word.txt'), { year: 2021 });
    expect(warnings).toEqual([]);
    expect(tasks).toHaveLength(9);
    const group1 = '大力推广三明市医改经验。';
    const lead1 = ['市医改领导小组秘书处'];
    // "按职责分工负责" says how they share the work; it is not part of the unit's name.
    const partners1 = ['市医改领导小组相关成员部门'];
    expect(tasks[0]).toEqual(
      task(
        '1',
        group1,
        '以理顺管理体制,落实国家和省药品集中采购和使用政策为突破口,进一步深化医药卫生体制改革。',
        lead1,
        partners1,
        '',
        null,
      ),
    );
    expect(tasks[1]).toEqual(
      task(
        '1',
        group1,
        '继续落实《白山市推广福建省和三明市医改经验深化医改工作任务施工图》。',
        lead1,
        partners1,
        '',
        null,
      ),
    );
    expect(tasks[2].seq).toBe('1');
    expect(tasks[2].lead).toEqual(lead1);
    // A new 序号 starts afresh: group 2's blank 配合部门 does not inherit group 1's.
    expect(tasks[3]).toEqual(
      task(
        '2',
        '推进药品耗材集中采购。',
        '持续落实国家、省药品和高值医用耗材带量集中采购和使用政策,组织相关医疗机构按照约定采购量完成各批次采购任务。',
        ['市医保局'],
        [],
        '',
        null,
      ),
    );
    expect(tasks[4].partners).toEqual(['市卫健委', '市人社局']);
    // After the repeated header: a blank 牵头部门 inherits, a filled 配合部门 replaces.
    expect(tasks[6]).toEqual(
      task(
        '4',
        '深化人事薪酬制度改革。',
        '按照国家、省卫生专业技术人员职称制度改革意见,落实职称评价标准。',
        ['市人社局'],
        ['市卫健委'],
        '',
        null,
      ),
    );
    expect(tasks[7].lead).toEqual(['市卫健委', '市外办']);
    expect(tasks[8]).toEqual(
      task('12', '加强新冠肺炎疫情防控。', '加强市内外籍人士服务和管理。', ['市卫健委', '市外办'], [], '', null),
    );
  });

  it('reads 001 as Excel copies it: quoted cells with line breaks and doubled quotes, CRLF', () => {
    const { tasks, warnings } = parseLedgerTable(fixture('wafangdian-excel.txt'));
    expect(warnings).toEqual([]);
    expect(tasks).toHaveLength(9);
    expect(tasks[0]).toEqual(
      task(
        '1',
        '加快提升市级医疗软实力',
        '加强传染病、急诊急救、重症医学、肾脏内科、妇产科、儿科、中医、康复等临床专科建设，壮大心脏介入、周围血管介入等优势学科。组建市中心医院胸痛、卒中、腔镜和甲状腺乳腺四个诊疗中心。',
        ['卫计局'],
        ['人社局', '组织部', '编办', '财政局'],
        '2017年-2020年',
        '2020-12-31',
      ),
    );
    expect(tasks[1].title.startsWith('实施"三名"（名医、名科、名院）创建工程')).toBe(true);
    expect(tasks[1]).toMatchObject({
      seq: '1',
      lead: ['卫计局'],
      partners: ['人社局', '组织部', '编办', '财政局'],
      deadlineText: '2017-2020年',
    });
    // Group 14: the blank 完成时限 of the later rows is the merged "2017-2018年".
    expect(tasks.slice(4, 7).map((t) => [t.seq, t.lead, t.partners, t.deadlineText, t.due])).toEqual([
      ['14', ['医改办'], ['卫计局', '财政局', '人社局'], '2017-2018年', '2018-12-31'],
      ['14', ['财政局'], ['卫计局', '人社局'], '2017-2018年', '2018-12-31'],
      ['14', ['卫计局'], ['财政局'], '2017-2018年', '2018-12-31'],
    ]);
    expect(tasks[8]).toMatchObject({
      seq: '19',
      group: '积极开展分级诊疗服务',
      lead: ['卫计局'],
      partners: ['财政局', '人社局'],
      deadlineText: '2017-2020年',
      due: '2020-12-31',
    });
    expect(tasks[8].title).toContain('"基层首诊、双向转诊、急慢分治、上下联动"');
  });

  it('reads 001 as extracted from the document: one cell per line, blocks per row', () => {
    const { tasks, warnings } = parseLedgerTable(fixture('wafangdian-extract.txt'));
    expect(warnings).toEqual([]);
    expect(tasks.map((t) => [t.seq, t.lead, t.partners, t.deadlineText, t.due])).toEqual([
      ['1', ['卫计局'], ['人社局', '组织部', '编办', '财政局'], '2017年-2020年', '2020-12-31'],
      ['1', ['卫计局'], ['人社局', '组织部', '编办', '财政局'], '2017-2020年', '2020-12-31'],
      ['2', ['卫计局'], ['财政局'], '2017年', '2017-12-31'],
      ['2', ['财政局'], ['卫计局', '发改局'], '2017年', '2017-12-31'],
      ['3', ['卫计局'], ['政府办', '财政局', '发改局', '经信局'], '2017年', '2017-12-31'],
      ['4', ['卫计局'], ['财政局'], '2017年-2020年', '2020-12-31'],
      ['5', ['卫计局'], ['财政局'], '2017年', '2017-12-31'],
      ['5', ['卫计局'], ['财政局'], '2017年', '2017-12-31'],
      ['6', ['财政局'], ['发改局', '卫计局'], '2017-2018年', '2018-12-31'],
      ['6', ['卫计局', '西杨乡', '九龙街道办事处'], ['发改局', '财政局', '规建局', '国土局'], '2017年', '2017-12-31'],
      ['7', ['医改办'], ['财政局', '人社局', '卫计局'], '2017年', '2017-12-31'],
      ['7', ['财政局'], ['卫计局', '人社局'], '2017年', '2017-12-31'],
    ]);
    expect(tasks[7]).toMatchObject({
      group: '提升市级公共卫生服务能力',
      title: '完成我市卫生应急视频指挥系统与大连市互联互通建设。',
    });
    expect(tasks[10].group).toBe('完善乡镇卫生院收支补助和绩效考核办法');
  });

  it('reads 004 as a CSV file saved by Excel (BOM, quoted cells with commas)', () => {
    const { tasks, warnings } = parseLedgerTable(fixture('wenzhou.csv'));
    expect(warnings).toEqual([]);
    expect(tasks).toEqual([
      task(
        '1',
        null,
        '建立符合行业特点的薪酬制度，实行公立医院绩效工资总额核定制度，建立完善医院内部考核分配制度',
        ['市卫计委'],
        ['市财政局', '市人力社保局', '市医管中心'],
        '2017年底前',
        '2017-12-31',
      ),
      task(
        '2',
        null,
        '制定《温州市市级公立医院医疗服务价格改革方案》',
        ['市发改委'],
        ['市财政局', '市人力社保局', '市卫计委'],
        '2017年底前',
        '2017-12-31',
      ),
      task(
        '6',
        null,
        '建立全市三级公立医院总会计师岗位制度',
        ['市卫计委'],
        ['市编办', '市财政局'],
        '2018年底前',
        '2018-12-31',
      ),
      task(
        '10',
        null,
        '开展应用疾病诊断相关组（DRGs）推进医院精细化管理试点',
        ['市卫计委'],
        ['市人力社保局'],
        '2017年底前',
        '2017-12-31',
      ),
      task(
        '12',
        null,
        '推进基层医疗卫生机构补偿机制改革，出台《温州市基层医疗卫生机构补偿机制的指导意见》',
        ['市卫计委'],
        ['市财政局'],
        '2017年底前',
        '2017-12-31',
      ),
    ]);
  });
});

describe('detectColumns', () => {
  it('finds the header below title rows, ignoring spaces and line breaks inside header cells', () => {
    const rows = [
      ['附件2'],
      ['某市重点任务分解表'],
      ['序 号', '重点\n任务', '具体工作\n内容和任务', '完 成\n时 限', '责任\u3000部门', '配合部门', '备注'],
      ['1', 'a', 'b', '2021年', 'x', 'y', ''],
    ];
    expect(detectColumns(rows)).toEqual({
      headerRow: 2,
      columns: { seq: 0, group: 1, title: 2, deadline: 3, lead: 4, partners: 5 },
    });
  });

  it('maps each accepted column name', () => {
    const variants: Array<[string[], Record<string, number>]> = [
      [
        ['序号', '工作任务', '牵头单位', '配合单位', '完成时间'],
        { seq: 0, title: 1, lead: 2, partners: 3, deadline: 4 },
      ],
      [['序号', '任务名称', '工作内容', '责任单位', '时限'], { seq: 0, group: 1, title: 2, lead: 3, deadline: 4 }],
      [['重点工作任务', '责任部门', '时间进度安排'], { title: 0, lead: 1, deadline: 2 }],
      [['具体工作', '牵头部门'], { title: 0, lead: 1 }],
      [['序号', '重点任务', '具体工作', '牵头部门', '配合部门'], { seq: 0, group: 1, title: 2, lead: 3, partners: 4 }],
    ];
    for (const [header, columns] of variants)
      expect(detectColumns([header])?.columns, header.join('|')).toEqual(columns);
  });

  it('reads a two-row header where 责任单位 is split into 牵头 and 配合', () => {
    const text = [
      '序号\t重点任务\t责任单位\t\t完成时限',
      '\t\t牵头\t配合\t',
      '1\t甲\t市卫健委\t市财政局\t2021年底前',
    ].join('\n');
    expect(detectColumns(splitTableText(text))).toEqual({
      headerRow: 1,
      columns: { seq: 0, title: 1, lead: 2, partners: 3, deadline: 4 },
    });
    expect(parseLedgerTable(text)).toEqual({
      tasks: [task('1', null, '甲', ['市卫健委'], ['市财政局'], '2021年底前', '2021-12-31')],
      warnings: [],
    });
  });

  it('needs a task column and one more column name', () => {
    expect(detectColumns([['序号', '牵头部门', '完成时限']])).toBeNull();
    expect(detectColumns([['重点任务']])).toBeNull();
    expect(detectColumns([['白山市深化医药卫生体制改革 2021 年重点工作任务台账']])).toBeNull();
    expect(detectColumns([])).toBeNull();
  });
});

describe('parseLedgerRows', () => {
  it('uses a mapping the user changed, including one for a table without a header', () => {
    const rows = [
      ['2021年6月底前', '出台方案', '市卫健委、市医保局'],
      ['', '组织实施', ''],
    ];
    const { tasks, warnings } = parseLedgerRows(
      rows,
      { headerRow: -1, columns: { title: 1, lead: 2, deadline: 0 } },
      { year: 2021 },
    );
    expect(warnings).toEqual([]);
    expect(tasks).toEqual([
      task(null, null, '出台方案', ['市卫健委', '市医保局'], [], '2021年6月底前', '2021-06-30'),
      // No 序号/重点任务 columns: the whole table is one group, so blank cells inherit.
      task(null, null, '组织实施', ['市卫健委', '市医保局'], [], '2021年6月底前', '2021-06-30'),
    ]);
  });

  it('warns when no title column is mapped', () => {
    const { tasks, warnings } = parseLedgerRows([['a', 'b']], { headerRow: -1, columns: { lead: 0 } });
    expect(tasks).toEqual([]);
    expect(warnings[0]).toContain('未指定任务名称列');
  });

  it('resolves relative deadlines with the context year', () => {
    const text = '序号\t工作任务\t完成时限\n1\t甲\t年底前\n2\t乙\t6月底前\n3\t丙\t每季度';
    expect(parseLedgerTable(text, { year: 2022 }).tasks.map((t) => t.due)).toEqual(['2022-12-31', '2022-06-30', null]);
    expect(parseLedgerTable(text).tasks.map((t) => t.due)).toEqual([null, null, null]);
  });

  it('starts a new group on a new 重点任务 even without 序号, and does not carry the old departments over', () => {
    const text = [
      '重点任务\t具体工作\t牵头部门\t配合部门\t完成时限',
      '甲任务\t甲1\t市卫健委\t市财政局\t2021年底前',
      '\t甲2\t\t\t',
      '乙任务\t乙1\t\t\t',
    ].join('\n');
    const { tasks } = parseLedgerTable(text);
    expect(tasks).toEqual([
      task(null, '甲任务', '甲1', ['市卫健委'], ['市财政局'], '2021年底前', '2021-12-31'),
      task(null, '甲任务', '甲2', ['市卫健委'], ['市财政局'], '2021年底前', '2021-12-31'),
      task(null, '乙任务', '乙1', [], [], '', null),
    ]);
  });

  it('skips rows without a title, with a warning naming the row', () => {
    const text = ['标题', '序号\t工作任务\t牵头部门', '1\t甲\t市卫健委', '2\t\t市医保局', '\t\t', '3\t丙\t'].join('\n');
    const { tasks, warnings } = parseLedgerTable(text);
    expect(tasks.map((t) => t.title)).toEqual(['甲', '丙']);
    expect(warnings).toEqual(['第 4 行：缺少任务名称，已跳过。']);
  });

  it('keeps the number of warnings readable', () => {
    const text = ['序号\t工作任务', ...Array.from({ length: 500 }, (_, i) => `${i + 1}\t`), '501\t最后一项'].join('\n');
    const { tasks, warnings } = parseLedgerTable(text);
    expect(tasks).toHaveLength(1);
    expect(warnings).toHaveLength(51);
    expect(warnings[0]).toBe('第 2 行：缺少任务名称，已跳过。');
    expect(warnings[50]).toBe('……另有 450 条提示未列出。');
  });
});

describe('parseLedgerTable: malformed input', () => {
  it('warns when no header is found', () => {
    for (const text of ['', '随便一段文字\n没有表格', '1\t2\t3\n4\t5\t6', 'a,b,c\n1,2,3']) {
      expect(parseLedgerTable(text)).toEqual({ tasks: [], warnings: [NO_HEADER_WARNING] });
    }
    expect(NO_HEADER_WARNING.startsWith('未找到表头')).toBe(true);
  });

  it('warns when the header has no rows under it', () => {
    expect(parseLedgerTable('序号\t工作任务\t完成时限\n').warnings).toEqual(['表头下没有可导入的任务行。']);
  });

  it('reads ragged rows: missing cells are blank, extra cells are ignored', () => {
    const text = [
      '序号\t重点任务\t具体工作\t牵头部门\t配合部门\t完成时限',
      '1\t甲\t甲1\t市卫健委\t市财政局\t2021年底前\t多余\t更多',
      '\t\t甲2',
      '2\t乙\t乙1',
      '\t',
    ].join('\n');
    const { tasks, warnings } = parseLedgerTable(text);
    expect(warnings).toEqual([]);
    expect(tasks).toEqual([
      task('1', '甲', '甲1', ['市卫健委'], ['市财政局'], '2021年底前', '2021-12-31'),
      task('1', '甲', '甲2', ['市卫健委'], ['市财政局'], '2021年底前', '2021-12-31'),
      task('2', '乙', '乙1', [], [], '', null),
    ]);
  });

  it('survives binary junk', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const junk = Array.from({ length: 200_000 }, () => String.fromCharCode(Math.floor(random() * 0x10000))).join('');
    const result = parseLedgerTable(junk);
    expect(result.tasks).toEqual([]);
    expect(result.warnings).toEqual([NO_HEADER_WARNING]);
    const withHeader = parseLedgerTable(`序号\t工作任务\t完成时限\n1\t\u0000甲\u0007\t\u0001 2021年底前\n${junk}`);
    expect(withHeader.tasks[0]).toEqual(task('1', null, '甲', [], [], '2021年底前', '2021-12-31'));
  });

  it(
    'reads a 5 MB paste in reasonable time',
    () => {
      const row =
        '12\t加强公立医院党建，全面推行党委领导下的院长负责制\t"组织实施\n分两步"\t市卫健委、市医保局\t市财政局\t2021年6月底前\n';
      const text = `序号\t重点任务\t具体工作\t牵头部门\t配合部门\t完成时限\n${row.repeat(Math.ceil(5_000_000 / row.length))}`;
      const { tasks, warnings } = parseLedgerTable(text);
      expect(warnings).toEqual([]);
      expect(tasks).toHaveLength(Math.ceil(5_000_000 / row.length));
      expect(tasks[tasks.length - 1]).toEqual(
        task(
          '12',
          '加强公立医院党建，全面推行党委领导下的院长负责制',
          '组织实施分两步',
          ['市卫健委', '市医保局'],
          ['市财政局'],
          '2021年6月底前',
          '2021-06-30',
        ),
      );
    },
    BIG_INPUT_TIMEOUT,
  );

  it(
    'reads 5 MB without a header or line breaks quickly',
    () => {
      for (const junk of [
        '"'.repeat(5_000_000),
        '\t"'.repeat(2_500_000),
        'x'.repeat(5_000_000),
        '"a\t""'.repeat(1_000_000),
        '\n'.repeat(5_000_000),
      ]) {
        const result = parseLedgerTable(junk);
        expect(result.tasks).toEqual([]);
      }
    },
    BIG_INPUT_TIMEOUT,
  );
});

describe('splitTableText', () => {
  it('splits tab-separated text with Excel quoting', () => {
    expect(splitTableText('a\t"b\nc"\td\r\ne\t"say ""hi"""\t"x\ty"\r\n')).toEqual([
      ['a', 'b\nc', 'd'],
      ['e', 'say "hi"', 'x\ty'],
    ]);
  });

  it('keeps quotes that do not wrap a whole cell as text', () => {
    expect(splitTableText('"互联网+"医疗服务\t市卫健委\n"未闭合\t下一格')).toEqual([
      ['"互联网+"医疗服务', '市卫健委'],
      ['"未闭合', '下一格'],
    ]);
  });

  it('detects CSV and keeps commas inside quoted cells', () => {
    expect(splitTableText('序号,工作任务,牵头部门\n1,"甲,乙",市卫健委\n')).toEqual([
      ['序号', '工作任务', '牵头部门'],
      ['1', '甲,乙', '市卫健委'],
    ]);
  });

  it('stays with tabs when cells contain ASCII commas', () => {
    expect(splitTableText('1\t以理顺管理体制,落实政策\t市医保局\n2\t推进,落实\t市卫健委')).toEqual([
      ['1', '以理顺管理体制,落实政策', '市医保局'],
      ['2', '推进,落实', '市卫健委'],
    ]);
  });

  it('handles every line ending, trailing delimiters and empty input', () => {
    expect(splitTableText('a\tb\rc\td\r\ne\t\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', ''],
    ]);
    expect(splitTableText('')).toEqual([]);
    expect(splitTableText('\n\n\n')).toEqual([]);
    expect(splitTableText(undefined as unknown as string)).toEqual([]);
  });

  it('reads one-cell-per-line blocks from document extraction', () => {
    expect(splitTableText('表题\n\t序号\n\t工作任务\n\n\t1\n\t甲\n\n\t2\n\t乙\n')).toEqual([
      ['表题'],
      ['序号', '工作任务'],
      ['1', '甲'],
      ['2', '乙'],
    ]);
  });
});

describe('cleanCellText', () => {
  it('undoes line wrapping inside Chinese text and trims', () => {
    expect(cleanCellText('  推进药品耗材 集 中\n采购。 ')).toBe('推进药品耗材集中采购。');
    expect(cleanCellText('按疾病诊断相关分组付费 (DRG) 改革')).toBe('按疾病诊断相关分组付费 (DRG) 改革');
    expect(cleanCellText('2020 年年底前完成')).toBe('2020 年年底前完成');
    expect(cleanCellText(undefined)).toBe('');
  });
});
