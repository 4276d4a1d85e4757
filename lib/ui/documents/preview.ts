import { extractTargets, type ExtractedTarget } from '../../indicators/extract-targets';
import { parseLedgerTable, type ImportedTask } from '../../ledger/table-import';

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

const DOC_NUMBER = /[\u4e00-\u9fff]{1,12}[〔［[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号/;
const DATE = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const TITLE_WORDS = /(?:方案|意见|通知|要点|计划|办法|规划|任务|决定)$/;

function guessTitle(lines: string[]): string {
  const heading = lines.slice(0, 15).map((l) => l.replace(/^#+\s*/, '').replace(/\s+/g, ''));
  const notice = heading.find((l) => l.startsWith('关于印发') || /关于印发.*的通知$/.test(l));
  const quoted = notice && /《([^》]+)》|印发(.+?)的通知/.exec(notice);
  if (quoted) return (quoted[1] ?? quoted[2])!;
  return heading.find((l) => TITLE_WORDS.test(l) && l.length <= 60) ?? heading[0] ?? '';
}

/** The signing date: the last full date of the text (the signature sits at the end of the notice), if any. */
function guessIssued(text: string): string | null {
  const head = text.slice(0, 4000);
  const dates = [...head.matchAll(DATE)];
  const m = dates.at(-1);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function guessMeta(text: string): DocumentMeta {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const docNumber = DOC_NUMBER.exec(text.slice(0, 2000))?.[0].replace(/\s+/g, '') ?? null;
  const issuer =
    lines
      .slice(0, 10)
      .map((l) => l.replace(/\s+/g, ''))
      .find((l) => /(?:人民政府|办公室|领导小组|委员会|卫生健康委|医疗保障局)(?:文件)?$/.test(l))
      ?.replace(/文件$/, '') ?? '';
  return { title: guessTitle(lines), issuer, docNumber, issued: guessIssued(text), region: '' };
}

/** The ledger rows (the document's 台账 table, if it has one) and the targets of a pasted document. */
export function previewDocument(text: string, options: { year?: number } = {}): DocumentPreview {
  const meta = guessMeta(text);
  const year = options.year ?? (meta.issued ? Number(meta.issued.slice(0, 4)) : undefined);
  const ledger = parseLedgerTable(text, year === undefined ? undefined : { year });
  return {
    meta,
    tasks: ledger.tasks,
    warnings: ledger.warnings,
    targets: extractTargets(text, year === undefined ? {} : { year }),
  };
}
