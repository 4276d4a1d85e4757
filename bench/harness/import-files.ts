import { unzipSync } from 'fflate';
import { docx, table, type DocxCell } from '../../test/ledger/docx-fixture';
import { readDocx } from '../../lib/ledger/docx-tables';
import { parseLedgerGrids, parseLedgerHtml } from '../../lib/ledger/table-html';
import { medianMs } from './timing';

const UNITS = ['县卫健局', '县医保局', '县财政局', '县人社局', '县发改局', '县市场监管局', '县药监局', '县教育局'];
const TITLE =
  '完善分级诊疗制度，推进紧密型县域医共体建设，统一医共体内药品目录和采购配送，落实医保基金打包付费，建立结余留用、合理超支分担机制';
const DEADLINES = ['2024年6月底前', '2024年底前', '全年', '①3月底前制定方案②9月底前全面推开', '长期坚持'];

// A printed page of a landscape ledger table holds about ten rows of this length.
const ROWS_PER_PAGE = 10;
const GROUP_ROWS = 5;

/** A Word ledger of `pages` pages: one table, a group column merged down (vMerge), bold leads among partners. */
export function makeLedgerDocx(pages: number): Uint8Array {
  const rows: DocxCell[][] = [['序号', '类别', '重点任务', '责任单位', '责任领导', '完成时限', '进展情况']];
  for (let i = 0; i < pages * ROWS_PER_PAGE; i++) {
    const first = i % GROUP_ROWS === 0;
    rows.push([
      String(i + 1),
      { text: `第${Math.floor(i / GROUP_ROWS) + 1}类改革任务`, merge: first ? 'restart' : 'continue' },
      `${TITLE}（第${i + 1}项）。|具体要求：按季度报送进展，年底前完成评估。`,
      `**${UNITS[i % UNITS.length]}**、${UNITS[(i + 3) % UNITS.length]}、${UNITS[(i + 5) % UNITS.length]}`,
      '张三',
      DEADLINES[i % DEADLINES.length],
      '已制定工作方案，正在推进。',
    ]);
  }
  const note = '<w:p><w:r><w:t>说明：黑体字为牵头单位，其余为配合单位。</w:t></w:r></w:p>';
  return docx(note + table(rows));
}

const td = (inner: string, attrs = '') =>
  `<td width=120 valign=top style='width:90pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'${attrs}><p class=MsoNormal align=center style='text-align:center'><span style='font-family:仿宋_GB2312'>${inner}<o:p></o:p></span></p></td>`;

/** A 1,000-row table as Word puts it on the clipboard: styled cells, <p> inside cells, rowspan groups, <b> leads. */
export function makeLedgerHtml(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const group =
      i % GROUP_ROWS === 0 ? td(`第${Math.floor(i / GROUP_ROWS) + 1}类改革任务`, ` rowspan=${GROUP_ROWS}`) : '';
    body.push(
      `<tr style='height:30pt'>${td(String(i + 1))}${group}${td(`${TITLE}（第${i + 1}项）。</span></p><p class=MsoNormal><span>具体要求：按季度报送进展。`)}${td(
        `<b>${UNITS[i % UNITS.length]}</b>、${UNITS[(i + 3) % UNITS.length]}`,
      )}${td(DEADLINES[i % DEADLINES.length])}</tr>`,
    );
  }
  const head = `<tr>${['序号', '类别', '重点任务', '责任单位', '完成时限'].map((h) => td(`<b>${h}</b>`)).join('')}</tr>`;
  return `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset=utf-8><style>p.MsoNormal{margin:0}</style></head><body lang=ZH-CN><!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>${head}${body.join('')}</table><!--EndFragment--></body></html>`;
}

/**
 * Parsing a 100-page .docx into ledger rows, against the floor every reader pays: unzipping word/document.xml and
 * decoding it to text. (The browser's own XML parse of it, which mammoth-like readers add, is reported beside.)
 */
export async function docxImport(pages: number, runs: number) {
  const bytes = makeLedgerDocx(pages);
  const parse = () => {
    const content = readDocx(bytes);
    return parseLedgerGrids(content.tables);
  };
  const result = parse();
  const xmlText = () =>
    new TextDecoder().decode(unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' })['word/document.xml']);
  const parseMs = await medianMs(runs, parse);
  const floorMs = await medianMs(runs, xmlText);
  const domParserMs = await medianMs(runs, () => new DOMParser().parseFromString(xmlText(), 'application/xml'));
  return {
    pages,
    bytes: bytes.length,
    xmlChars: xmlText().length,
    parsed: result?.tasks.length ?? 0,
    parseMs,
    floorMs,
    domParserMs,
    ratio: parseMs / floorMs,
  };
}

/** Parsing a 1,000-row clipboard table (parseLedgerHtml), against the browser parsing the same HTML inertly. */
export async function htmlPaste(rows: number, runs: number) {
  const html = makeLedgerHtml(rows);
  const result = parseLedgerHtml(html);
  const parseMs = await medianMs(runs, () => parseLedgerHtml(html));
  const floorMs = await medianMs(runs, () => new DOMParser().parseFromString(html, 'text/html'));
  return { rows, chars: html.length, parsed: result.tasks.length, parseMs, floorMs, ratio: parseMs / floorMs };
}
