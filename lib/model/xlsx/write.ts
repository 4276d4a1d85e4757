import { strToU8, zipSync } from 'fflate';
import { type CellLook, StyleBook } from './styles';
import { columnName, dateSerial, esc, quoteSheet } from './xml';

/**
 * A small OOXML (.xlsx) writer for what write-excel-file cannot do and officials' forms need: a dropdown
 * (data validation list), sheet protection with editable cells, print setup (landscape, fit to width, repeated
 * header rows), autofilter, hidden sheets and defined names.
 */

export type CellValue = string | number | null;
export interface Cell extends CellLook {
  value: CellValue;
  /** value is YYYY-MM-DD, written as a real date. */
  date?: boolean;
}
export type CellInput = Cell | CellValue;

export interface ListValidation {
  /** Range such as 'H2:H200'. */
  ref: string;
  list: readonly string[];
  prompt?: string;
  error?: string;
}

export interface SheetSpec {
  name: string;
  rows: CellInput[][];
  widths?: number[];
  hidden?: boolean;
  /** Protect the sheet: only cells marked unlocked can be edited (no password: it prevents slips, not people). */
  protect?: boolean;
  validations?: ListValidation[];
  /** Header rows at the top: frozen and repeated on every printed page. */
  headerRows?: number;
  /** Autofilter over the columns of the first header row down to the last row. */
  autoFilter?: { headerRow: number; columns: number };
  landscape?: boolean;
  /** Print header centre text (page header). */
  printTitle?: string;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Workbook-level names holding text constants (read back by readDefinedNames). */
  names?: Record<string, string>;
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT_BASE = 'application/vnd.openxmlformats-officedocument';

const asCell = (c: CellInput): Cell => (c !== null && typeof c === 'object' ? c : { value: c });

class SharedStrings {
  private list: string[] = [];
  private index = new Map<string, number>();
  id(s: string): number {
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }
  xml(): string {
    const items = this.list.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('');
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.list.length}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(ref: string, cell: Cell, styles: StyleBook, strings: SharedStrings): string {
  const { value, date, ...look } = cell;
  const s = styles.id(date ? { ...look, format: look.format ?? 'yyyy-mm-dd' } : look);
  const style = s ? ` s="${s}"` : '';
  if (value === null || value === '') return `<c r="${ref}"${style}/>`;
  if (date && typeof value === 'string') return `<c r="${ref}"${style}><v>${dateSerial(value)}</v></c>`;
  if (typeof value === 'number')
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : `<c r="${ref}"${style}/>`;
  return `<c r="${ref}"${style} t="s"><v>${strings.id(value)}</v></c>`;
}

/** Display width of text in column-width units: a CJK character takes about two. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

/**
 * Row height for wrapped text. Excel and WPS do not grow rows on opening a file, and LibreOffice only
 * sometimes does, so a long 进展情况 would print cut off without an explicit height.
 */
function rowHeight(row: CellInput[], widths: number[] | undefined): number | null {
  let lines = 1;
  row.forEach((c, i) => {
    const { value, date, nowrap } = asCell(c);
    if (value === null || date || nowrap || typeof value === 'number') return;
    const width = Math.max(1, (widths?.[i] ?? 8.43) - 1);
    const n = value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part) / width)), 0);
    lines = Math.max(lines, n);
  });
  const size = Math.max(11, ...row.map((c) => asCell(c).size ?? 11));
  return lines > 1 || size > 11 ? Math.min(409, Math.ceil(lines * size * 1.35 + 4)) : null;
}

function headerFooterText(s: string): string {
  return s.replace(/&/g, '&&');
}

function sheetXml(sheet: SheetSpec, styles: StyleBook, strings: SharedStrings): string {
  const width = Math.max(1, sheet.widths?.length ?? 0, ...sheet.rows.map((r) => r.length));
  const lastRef = `${columnName(width - 1)}${Math.max(1, sheet.rows.length)}`;
  const frozen = sheet.headerRows ?? 0;
  const pane = frozen
    ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${frozen + 1}" sqref="A${frozen + 1}"/>`
    : '';
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row.map((c, i) => cellXml(`${columnName(i)}${r + 1}`, asCell(c), styles, strings)).join('');
      const ht = rowHeight(row, sheet.widths);
      return `<row r="${r + 1}"${ht ? ` ht="${ht}" customHeight="1"` : ''}>${cells}</row>`;
    })
    .join('');
  const protection = sheet.protect
    ? '<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0" autoFilter="0" sort="0"/>'
    : '';
  const filter = sheet.autoFilter
    ? `<autoFilter ref="A${sheet.autoFilter.headerRow}:${columnName(sheet.autoFilter.columns - 1)}${Math.max(sheet.autoFilter.headerRow, sheet.rows.length)}"/>`
    : '';
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations
        .map(
          (v) =>
            `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" errorStyle="stop"` +
            (v.error ? ` errorTitle="输入有误" error="${esc(v.error)}"` : '') +
            (v.prompt ? ` promptTitle="请选择" prompt="${esc(v.prompt)}"` : '') +
            ` sqref="${v.ref}"><formula1>${esc(`"${v.list.join(',')}"`)}</formula1></dataValidation>`,
        )
        .join('')}</dataValidations>`
    : '';
  const landscape = sheet.landscape !== false;
  const header = sheet.printTitle
    ? `<headerFooter><oddHeader>&amp;C${esc(headerFooterText(sheet.printTitle))}</oddHeader><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>`
    : '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>';
  return (
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' +
    `<dimension ref="A1:${lastRef}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    cols +
    `<sheetData>${rows}</sheetData>` +
    protection +
    filter +
    validations +
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="9" orientation="${landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/>` +
    header +
    '</worksheet>'
  );
}

function definedNamesXml(spec: WorkbookSpec): string {
  const names: string[] = [];
  spec.sheets.forEach((s, i) => {
    if (s.autoFilter) {
      const ref = `${quoteSheet(s.name)}!$A$${s.autoFilter.headerRow}:$${columnName(s.autoFilter.columns - 1)}$${Math.max(s.autoFilter.headerRow, s.rows.length)}`;
      names.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(ref)}</definedName>`);
    }
    if (s.headerRows) {
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${quoteSheet(s.name)}!$1:$${s.headerRows}`)}</definedName>`,
      );
    }
  });
  for (const [name, value] of Object.entries(spec.names ?? {})) {
    names.push(`<definedName name="${esc(name)}">${esc(`"${value.replace(/"/g, '""')}"`)}</definedName>`);
  }
  return names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
}

/** The workbook as .xlsx bytes. */
export function writeWorkbook(spec: WorkbookSpec): Uint8Array {
  const styles = new StyleBook();
  const strings = new SharedStrings();
  const files: Record<string, Uint8Array> = {};
  spec.sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(s, styles, strings));
  });
  const firstVisible = Math.max(
    0,
    spec.sheets.findIndex((s) => !s.hidden),
  );
  const sheets = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${esc(s.name)}" sheetId="${i + 1}"${s.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  files['xl/workbook.xml'] = strToU8(
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      `<bookViews><workbookView activeTab="${firstVisible}" firstSheet="${firstVisible}"/></bookViews>` +
      `<sheets>${sheets}</sheets>${definedNamesXml(spec)}</workbook>`,
  );
  const n = spec.sheets.length;
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      spec.sheets
        .map(
          (_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
        )
        .join('') +
      `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
      `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/>` +
      '</Relationships>',
  );
  files['xl/styles.xml'] = strToU8(styles.xml());
  files['xl/sharedStrings.xml'] = strToU8(strings.xml());
  files['_rels/.rels'] = strToU8(
    `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
      `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = strToU8(
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${CT_BASE}.spreadsheetml.sheet.main+xml"/>` +
      spec.sheets
        .map(
          (_, i) =>
            `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT_BASE}.spreadsheetml.worksheet+xml"/>`,
        )
        .join('') +
      `<Override PartName="/xl/styles.xml" ContentType="${CT_BASE}.spreadsheetml.styles+xml"/>` +
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT_BASE}.spreadsheetml.sharedStrings+xml"/>` +
      '</Types>',
  );
  // The first entry of an OOXML package is [Content_Types].xml by convention; some readers look there first.
  const ordered: Record<string, Uint8Array> = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}
