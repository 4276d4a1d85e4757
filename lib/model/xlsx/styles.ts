import { esc } from './xml';

/** What a cell looks like; every distinct combination becomes one cellXfs entry. */
export interface CellLook {
  bold?: boolean;
  /** Editable on a protected sheet. */
  unlocked?: boolean;
  /** Number format code, e.g. 'yyyy-mm-dd', '0.0%'. */
  format?: string;
  fill?: boolean;
  size?: number;
  border?: boolean;
  align?: 'center';
  /** One line that may run over the empty cells beside it (a sheet title). */
  nowrap?: boolean;
}

const lookKey = (l: CellLook) =>
  [
    l.bold ? 1 : 0,
    l.unlocked ? 1 : 0,
    l.format ?? '',
    l.fill ? 1 : 0,
    l.size ?? 0,
    l.border === false ? 0 : 1,
    l.align ?? '',
    l.nowrap ? 1 : 0,
  ].join('|');

/** Collects the looks a workbook uses and writes styles.xml for them (index 0 is the plain default). */
export class StyleBook {
  private looks: CellLook[] = [{ border: false }];
  private index = new Map<string, number>([[lookKey({ border: false }), 0]]);

  id(look: CellLook): number {
    const key = lookKey(look);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.looks.length;
      this.looks.push(look);
      this.index.set(key, i);
    }
    return i;
  }

  xml(): string {
    const formats = [...new Set(this.looks.map((l) => l.format).filter((f): f is string => !!f))];
    const fmtId = (f: string | undefined) => (f ? 164 + formats.indexOf(f) : 0);
    const fonts = [...new Set(this.looks.map((l) => `${l.bold ? 1 : 0}:${l.size ?? 11}`))];
    const fontId = (l: CellLook) => fonts.indexOf(`${l.bold ? 1 : 0}:${l.size ?? 11}`);
    const fontXml = fonts.map((f) => {
      const [bold, size] = f.split(':');
      return `<font>${bold === '1' ? '<b/>' : ''}<sz val="${size}"/><name val="宋体"/><family val="3"/><charset val="134"/></font>`;
    });
    const xfs = this.looks.map((l) => {
      const attrs = [
        `numFmtId="${fmtId(l.format)}"`,
        `fontId="${fontId(l)}"`,
        `fillId="${l.fill ? 2 : 0}"`,
        `borderId="${l.border === false ? 0 : 1}"`,
        'xfId="0"',
        'applyAlignment="1"',
        'applyProtection="1"',
        l.format ? 'applyNumberFormat="1"' : '',
        'applyFont="1"',
        l.fill ? 'applyFill="1"' : '',
        'applyBorder="1"',
      ]
        .filter(Boolean)
        .join(' ');
      const align = `<alignment vertical="center" wrapText="${l.nowrap ? 0 : 1}"${l.align ? ` horizontal="${l.align}"` : ''}/>`;
      return `<xf ${attrs}>${align}<protection locked="${l.unlocked ? 0 : 1}"/></xf>`;
    });
    const thin =
      '<left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right>' +
      '<top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/>';
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length
        ? `<numFmts count="${formats.length}">${formats.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${esc(f)}"/>`).join('')}</numFmts>`
        : '') +
      `<fonts count="${fonts.length}">${fontXml.join('')}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFE7EEF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${thin}</border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
