import { describe, expect, it } from 'vitest';
import {
  assignColumn,
  columnCount,
  initialMapping,
  roleOf,
  rowLabel,
  withHeaderRow,
  MAX_COLUMNS,
} from '../../../lib/ui/ledgers/import/mapping';
import { guessTitle } from '../../../lib/ui/ledgers/import/guess';
import { rowNotes } from '../../../lib/ui/ledgers/import/row-notes';
import { splitTableText } from '../../../lib/ledger/table-import';
import { BOLD_CLOSE, BOLD_OPEN } from '../../../lib/ledger/cell-units';
import type { ImportedTask } from '../../../lib/ledger/table-import';

const rows = splitTableText(
  '某县 2022 年 医改 任务台账\n\n序号\t工作任务\t牵头部门\t完成时限\n1\t甲\t卫健局\t年底前\n',
);

const bold = (s: string) => `${BOLD_OPEN}${s}${BOLD_CLOSE}`;

describe('column mapping', () => {
  it('starts from the detected header, or from an empty mapping the user fills in', () => {
    expect(initialMapping(rows)).toEqual({ headerRow: 2, columns: { seq: 0, title: 1, lead: 2, deadline: 3 } });
    expect(
      initialMapping([
        ['a', 'b'],
        ['c', 'd'],
      ]),
    ).toEqual({ headerRow: -1, columns: {} });
  });

  it('reads a bold header (Word bolds its header row) as the same header', () => {
    expect(
      initialMapping([
        ['序号', '重点任务', '牵头单位', '配合单位', '责任领导', '进度安排'].map(bold),
        ['1', '甲', '县卫健局', '县医保局', '张三', '①3月底前②6月底前'],
      ]),
    ).toEqual({
      headerRow: 0,
      columns: { seq: 0, title: 1, lead: 2, partners: 3, leaders: 4, deadline: 5 },
    });
  });

  it('gives each role to one column: choosing a role moves it from the column that had it', () => {
    const start = initialMapping(rows);
    const moved = assignColumn(start, 0, 'lead');
    expect(moved.columns).toEqual({ title: 1, lead: 0, deadline: 3 });
    expect(roleOf(moved, 2)).toBeNull();
    expect(assignColumn(moved, 1, null).columns).toEqual({ lead: 0, deadline: 3 });
    expect(start.columns.seq).toBe(0);
  });

  it('moves the header row and takes that row’s names when it reads as a header', () => {
    const start = initialMapping(rows);
    expect(withHeaderRow(rows, start, -1)).toEqual({ headerRow: -1, columns: start.columns });
    const custom = assignColumn(start, 3, null);
    expect(withHeaderRow(rows, custom, 2).columns).toEqual(start.columns);
    expect(withHeaderRow(rows, custom, 3)).toEqual({ headerRow: 3, columns: custom.columns });
  });

  it('caps the columns a junk paste can create, and labels rows briefly', () => {
    expect(columnCount([Array.from({ length: 500 }, () => 'x')])).toBe(MAX_COLUMNS);
    expect(columnCount(rows)).toBe(4);
    expect(rowLabel(['', ' 序号 ', '工作任务'])).toBe('序号 | 工作任务');
    expect(rowLabel(['很'.repeat(60)])).toHaveLength(41);
  });
});

describe('guessTitle', () => {
  it('takes the single-cell row above the header', () => {
    expect(guessTitle(rows, 2)).toBe('某县 2022 年医改任务台账');
    expect(guessTitle(splitTableText('序号\t工作任务\n1\t甲'), 0)).toBe('');
    expect(guessTitle([['a'], ['目录']], -1)).toBe('');
  });
});

const task = (over: Partial<ImportedTask>): ImportedTask => ({
  seq: '1',
  group: null,
  title: '甲',
  lead: ['卫健局'],
  partners: [],
  deadlineText: '2022年底前',
  due: '2022-12-31',
  leaders: [],
  milestones: [],
  progress: null,
  ...over,
});
const keys = (t: ImportedTask, defaultDeadline: string | null = null) =>
  rowNotes(t, 2022, defaultDeadline).map((n) => n.key);

describe('rowNotes', () => {
  it('points out what the user should check before importing', () => {
    expect(keys(task({}))).toEqual([]);
    expect(keys(task({ lead: [] }))).toEqual(['lgNoteNoLead']);
    expect(keys(task({ deadlineText: '', due: null }))).toEqual(['lgNoteNoDeadline']);
    expect(keys(task({ deadlineText: '持续推进', due: null }))).toEqual(['lgNoteUnreadDeadline']);
    expect(keys(task({ deadlineText: '每季度末', due: null }))).toEqual(['lgNoteRecurring']);
    expect(keys(task({ deadlineText: '', due: null }), '2022-12-31')).toEqual([]);
  });
});
