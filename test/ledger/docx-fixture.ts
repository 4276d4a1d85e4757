import { strToU8, zipSync } from 'fflate';

/**
 * Builds a .docx the way Word writes one: vMerge restart/continue for cells merged down, gridSpan across, bold as
 * <w:b/>, 黑体 as rFonts. Cells are given as strings; "**x**" marks a bold run, "|" a new paragraph in the cell.
 */

export type DocxCell = string | { text: string; span?: number; merge?: 'restart' | 'continue' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runs(text: string): string {
  return text
    .split(/(\*\*[^*]+\*\*|\^\^[^^]+\^\^)/)
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith('**'))
        return `<w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">${esc(part.slice(2, -2))}</w:t></w:r>`;
      if (part.startsWith('^^'))
        return `<w:r><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr><w:t>${esc(part.slice(2, -2))}</w:t></w:r>`;
      return `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`;
    })
    .join('');
}

export function paragraph(text: string): string {
  return `<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr>${runs(text)}</w:p>`;
}

function cell(c: DocxCell): string {
  const { text, span, merge } = typeof c === 'string' ? { text: c } : c;
  const props = `${span ? `<w:gridSpan w:val="${span}"/>` : ''}${merge === 'restart' ? '<w:vMerge w:val="restart"/>' : merge === 'continue' ? '<w:vMerge/>' : ''}`;
  const paras = merge === 'continue' ? '<w:p/>' : text.split('|').map(paragraph).join('');
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${paras}</w:tc>`;
}

export function table(rows: DocxCell[][]): string {
  const cols = Math.max(
    ...rows.map((r) => r.reduce<number>((n, c) => n + (typeof c === 'string' ? 1 : (c.span ?? 1)), 0)),
  );
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(cols)}</w:tblGrid>${rows
    .map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`)
    .join('')}</w:tbl>`;
}

export function docx(bodyXml: string): Uint8Array {
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(document),
  });
}

/** Two ledgers in one document, as officials receive them: merged cells, a heading row, bold leads. */
export function sampleDocx(): Uint8Array {
  const first = table([
    [
      { text: '序号', merge: 'restart' },
      { text: '重点任务', merge: 'restart' },
      { text: '具体工作', merge: 'restart' },
      { text: '责任单位', span: 2 },
      { text: '完成时限', merge: 'restart' },
    ],
    [
      { text: '', merge: 'continue' },
      { text: '', merge: 'continue' },
      { text: '', merge: 'continue' },
      '牵头单位',
      '配合单位',
      { text: '', merge: 'continue' },
    ],
    [{ text: '一、强化组织领导', span: 6 }],
    [
      { text: '1', merge: 'restart' },
      { text: '健全工作机制', merge: 'restart' },
      '建立联席会议制度',
      { text: '**市卫健委**、市医保局', merge: 'restart' },
      '市财政局',
      '①3月底前制定方案；②6月底前出台',
    ],
    [
      { text: '', merge: 'continue' },
      { text: '', merge: 'continue' },
      '建立督查制度',
      { text: '', merge: 'continue' },
      '市政府办',
      '全年',
    ],
    ['2', '推进支付方式改革', '全面推行按病种付费', '市医保局', '市卫健委|市财政局', '2021年第一季度末'],
  ]);
  const second = table([
    ['序号', '工作任务', '责任部门', '完成时限'],
    ['1', '第二张表的任务', '^^县卫健局^^、县医保局', '2021年底前'],
  ]);
  return docx(`${paragraph('附件1 重点任务分工')}${first}${paragraph('附件2')}${second}`);
}
