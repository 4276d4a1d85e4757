import { describe, expect, it } from 'vitest';
import { gridHtml, selectionGrid } from '../../lib/ledger/selection-grid';

describe('a selection that is a table', () => {
  it('reads a tab/line grid, as Chromium writes a table selection', () => {
    expect(selectionGrid('序号\t任务\t牵头部门\n1\t推进家庭医生签约\t市卫健委\n')).toEqual([
      ['序号', '任务', '牵头部门'],
      ['1', '推进家庭医生签约', '市卫健委'],
    ]);
    // A caption line above the table is allowed.
    expect(selectionGrid('2026年重点任务\n序号\t任务\n1\t签约')).toHaveLength(3);
  });

  it('a sentence, lines of prose or a single row stay a task', () => {
    expect(selectionGrid('请各单位于12月10日前将进展情况报送至县医改办。')).toBeNull();
    expect(selectionGrid('关于报送的通知\n请各单位于12月10日前报送。\n县医改办')).toBeNull();
    expect(selectionGrid('序号\t任务\t牵头部门')).toBeNull();
    expect(selectionGrid('一、总体要求\n二、重点任务\t（一）\n三、保障措施')).toBeNull();
    expect(selectionGrid(undefined)).toBeNull();
  });

  it('writes the grid as an escaped HTML table for the clipboard import', () => {
    expect(gridHtml([['a&b', '<i>']])).toBe('<table><tr><td>a&amp;b</td><td>&lt;i&gt;</td></tr></table>');
  });
});
