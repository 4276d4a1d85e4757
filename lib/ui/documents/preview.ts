import { extractTargets, type ExtractedTarget } from '../../indicators/extract-targets';
import { parseLedgerTable, type ImportedTask } from '../../ledger/table-import';
import { parseLedgerGrids } from '../../ledger/table-html';
import { parseLedgerText } from '../../ledger/text-ledger';

/** What a document's header tells about it; the user corrects it in the preview. */
export interface DocumentMeta {
  title: string;
  issuer: string;
  docNumber: string | null;
  issued: string | null;
  region: string;
}

/** Everything adding a document would bring, before the user confirms what to keep. */
export interface DocumentPreview {
  meta: DocumentMeta;
  tasks: ImportedTask[];
  /** Why no or few tasks were read (no 台账 table in the text, …). */
  warnings: string[];
  targets: ExtractedTarget[];
}

/** A pasted text, or what the import screen's readers made of a .docx / pasted HTML (tables and the text). */
export interface DocumentSource {
  text: string;
  tables?: string[][][];
  firstLeads?: boolean;
}

const NUMBER_BODY = '[〔［[(（]\\s*(?:19|20)\\d{2}\\s*[〕］\\])）]\\s*\\d{1,4}\\s*号';
const DOC_NUMBER_LINE = new RegExp(`^[\\u4e00-\\u9fff]{1,12}${NUMBER_BODY}$`);
const DOC_NUMBER = new RegExp(`[\\u4e00-\\u9fff]{1,16}${NUMBER_BODY}`, 'g');
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const DATE_LINE = new RegExp(`^${DATE.source}(?:印发|发布|印)?$`);
const TITLE_WORDS = /(?:方案|意见|通知|要点|计划|办法|规划|任务|决定|细则|规定|清单|分工)$/;
const ORG =
  /(?:人民政府|政府|办公室|办公厅|领导小组|秘书处|委员会|卫生健康委|卫健委|医疗保障局|管理局|局|委|中心|开发区)$/;
const PLACE =
  /^[\u4e00-\u9fff]{1,12}?(?:经济技术开发区|高新技术产业开发区|开发区|新区|自治区|自治州|自治县|特别行政区|省|市|县|区|旗|盟)/;
const HEAD_LINES = 40;
const MAX_TITLE = 80;

const squeeze = (s: string) => s.replace(/^#+\s*/, '').replace(/[\s\u3000]+/g, '');

function headLines(text: string): string[] {
  return text.slice(0, 6000).split(/\r?\n/).map(squeeze).filter(Boolean).slice(0, HEAD_LINES);
}

/** Where the notice's header ends: the addressee line ("各县（区）人民政府，…：") or the first long paragraph. */
function headerEnd(lines: string[]): number {
  const i = lines.findIndex((l) => /[：:]$/.test(l) || l.length > 120);
  return i < 0 ? lines.length : i;
}

function guessTitle(lines: string[]): string {
  const header = lines.slice(0, headerEnd(lines));
  // A title broken over several lines ("…关于印发 / …实施方案的通知") is read joined up.
  const joined = header.join('');
  const notice = /关于印发《?(.+?)》?的通知/.exec(joined);
  if (notice && notice[1]!.length <= MAX_TITLE) return notice[1]!;
  const titled = header.find((l) => TITLE_WORDS.test(l) && l.length <= MAX_TITLE && !DOC_NUMBER_LINE.test(l));
  if (titled) return titled.replace(/^.*?(?:人民政府|办公室|领导小组)(?=关于)/, '');
  // No title line (a copy that starts with the 文号 or the body): the first words, which the user corrects.
  const first = lines.find((l) => !DOC_NUMBER_LINE.test(l) && !/[：:]$/.test(l)) ?? '';
  return first.length <= MAX_TITLE ? first : (first.split(/[，。；,;]/)[0] ?? '').slice(0, MAX_TITLE);
}

// "某某市人民政府文件许政〔2020〕21号": the header's 文件 line runs into the number.
const withoutMasthead = (n: string) => n.replace(/\s+/g, '').replace(/^.*文件/, '');

/** The 文号 printed in the header: on a line of its own, else the first one not quoted from another document. */
function guessDocNumber(lines: string[], text: string): string | null {
  const own = lines.find((l) => DOC_NUMBER_LINE.test(l));
  if (own) return withoutMasthead(own);
  for (const m of text.slice(0, 1500).matchAll(DOC_NUMBER)) {
    const before = text.slice(Math.max(0, m.index - 1), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
    if (/[（(《〈“"]/.test(before) || /^[）)》〉”"]|^精神|^文件|^要求/.test(after)) continue;
    return withoutMasthead(m[0]);
  }
  return null;
}

function isoDate(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The signing date: a date on a line of its own under the notice (the signature), if there is one. */
function signatureLine(lines: string[]): number {
  return lines.findIndex((l) => DATE_LINE.test(l));
}

function guessIssuer(lines: string[], title: string, signedAt: number): string {
  const signer = signedAt > 0 ? lines[signedAt - 1]! : '';
  if (ORG.test(signer) && signer.length <= 40) return signer;
  const prefix = /^(.{2,40}?)关于/.exec(lines.slice(0, headerEnd(lines)).join(''))?.[1];
  if (prefix && ORG.test(prefix) && !DOC_NUMBER_LINE.test(prefix)) return prefix.replace(/^.*?〕\d+号/, '');
  const masthead = lines.slice(0, 4).find((l) => l.endsWith('文件') && l.length <= 40);
  if (masthead) return masthead.replace(/文件$/, '');
  return PLACE.exec(title)?.[0] ?? '';
}

/** Title, issuer, 文号, signing date and place, read from the header of a pasted document (all editable after). */
export function guessMeta(text: string): DocumentMeta {
  const lines = headLines(text);
  const title = guessTitle(lines);
  const signedAt = signatureLine(lines);
  const issuer = guessIssuer(lines, title, signedAt);
  const issued = signedAt >= 0 ? isoDate(DATE.exec(lines[signedAt]!)) : null;
  const region = PLACE.exec(issuer)?.[0] ?? PLACE.exec(title)?.[0] ?? '';
  return { title, issuer, docNumber: guessDocNumber(lines, text), issued, region };
}

function readTasks(source: DocumentSource, year: number | undefined) {
  const context = year === undefined ? {} : { year };
  const fromTables = source.tables?.length
    ? parseLedgerGrids(source.tables, { ...context, firstLeads: source.firstLeads })
    : null;
  if (fromTables && fromTables.tasks.length > 0) return fromTables;
  const fromTable = parseLedgerTable(source.text, context);
  if (fromTable.tasks.length > 0) return fromTable;
  // Without a task table, a ledger may be written as numbered paragraphs with their units (“（牵头单位：…）”).
  const fromText = parseLedgerText(source.text, context);
  return fromText.tasks.length > 0 ? fromText : (fromTables ?? fromTable);
}

/** The header, the ledger rows (tables first, else numbered text) and the targets of a pasted or read document. */
export function previewDocument(input: string | DocumentSource, options: { year?: number } = {}): DocumentPreview {
  const source = typeof input === 'string' ? { text: input } : input;
  const meta = guessMeta(source.text);
  const year = options.year ?? (meta.issued ? Number(meta.issued.slice(0, 4)) : undefined);
  const ledger = readTasks(source, year);
  return {
    meta,
    tasks: ledger.tasks,
    warnings: ledger.warnings,
    targets: extractTargets(source.text, year === undefined ? {} : { year }),
  };
}
