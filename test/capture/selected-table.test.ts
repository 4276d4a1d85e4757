// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectedTableHtml, selectionTableHtml, selectionText } from '../../lib/background/page-reads';

function page(html: string) {
  document.body.innerHTML = html;
  window.getSelection()?.removeAllRanges();
}
function select(from: Node, to: Node) {
  const range = document.createRange();
  range.setStart(from, 0);
  range.setEnd(to, to.childNodes.length);
  window.getSelection()!.addRange(range);
}

const TWO_TABLES = `<p id="intro">请各单位于12月10日前报送。</p>
<table id="a"><tr><td>甲</td></tr></table>
<table id="b"><tr><td id="b1">序号</td><td id="b2">任务</td></tr><tr><td>1</td><td id="b4">家庭医生签约</td></tr></table>`;

describe('what the page script reads', () => {
  it('the table the selection lies in, not the other tables', () => {
    page(TWO_TABLES);
    select(document.getElementById('b1')!, document.getElementById('b4')!);
    const html = selectedTableHtml();
    expect(html).toContain('id="b"');
    expect(html).not.toContain('id="a"');
  });

  it('nothing when the selection is prose outside any table and the page has several', () => {
    page(TWO_TABLES);
    select(document.getElementById('intro')!, document.getElementById('intro')!);
    expect(selectedTableHtml()).toBeNull();
    window.getSelection()?.removeAllRanges();
    expect(selectedTableHtml()).toBeNull();
  });

  it('the only table of a page when nothing is selected', () => {
    page('<table id="only"><tr><td>x</td></tr></table>');
    expect(selectedTableHtml()).toContain('id="only"');
  });

  it('the selection as text for the keyboard command', () => {
    page(TWO_TABLES);
    select(document.getElementById('intro')!, document.getElementById('intro')!);
    expect(selectionText()).toContain('12月10日前');
  });

  it('for 加入台账: the table only when the selection spans two of its rows, not a sentence inside one cell', () => {
    page(TWO_TABLES);
    select(document.getElementById('b1')!, document.getElementById('b4')!);
    expect(selectionTableHtml()).toContain('id="b"');
    window.getSelection()?.removeAllRanges();
    // A sentence in one cell of a layout table is a task.
    page('<table id="layout"><tr><td id="cell">请各单位于12月10日前报送。</td></tr><tr><td>附件</td></tr></table>');
    select(document.getElementById('cell')!, document.getElementById('cell')!);
    expect(selectionTableHtml()).toBeNull();
    window.getSelection()?.removeAllRanges();
    page(TWO_TABLES);
    select(document.getElementById('intro')!, document.getElementById('intro')!);
    expect(selectionTableHtml()).toBeNull();
  });
});
