/**
 * Text shaping for target extraction: documents arrive from PDF/Word extraction with full-width digits, spaces
 * between every token ("到 2021 年"), sentences broken across lines and tables as tab-separated rows.
 */

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Full-width digits and signs to ASCII; spaces dropped except between two Latin letters. */
export function compactText(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/％/g, '%')
    .replace(/．/g, '.')
    .replace(/(\d[%‰]?)\s*[～~〜—–－]\s*(?=\d)/g, '$1-')
    .replace(/[ \u00a0\u3000]+/g, (run, offset: number, all: string) =>
      /[A-Za-z]/.test(all[offset - 1] ?? '') && /[A-Za-z]/.test(all[offset + run.length] ?? '') ? ' ' : '',
    );
}

const SENTENCE_END = /[。；;：:！？!?）)”"]$/;
const STARTS_ITEM =
  /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十\d]+）|\(\d+\)|\d+[.．、]|第[一二三四五六七八九十]|附件|#)/;

/**
 * Paragraphs: body lines broken mid-sentence (no closing punctuation, next line not a new item) are joined;
 * table rows (tabs) stay one paragraph each.
 */
export function paragraphs(text: string): string[] {
  const lines = compactText(text.replace(/\r\n?/g, '\n')).split('\n');
  const out: string[] = [];
  let open = false;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim()) continue;
    const isRow = line.includes('\t');
    if (open && !isRow && !STARTS_ITEM.test(line)) out[out.length - 1] += line;
    else out.push(line);
    open = !isRow && !SENTENCE_END.test(line);
  }
  return out;
}

/** Sentences end at 。！？ (a ； keeps the sentence: its deadline carries on). */
export function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[。！？!?])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Pieces of a sentence as [start, end) ranges: split after ，；： and an ASCII comma not between digits; text in
 * brackets and quotes is never split.
 */
export function pieceRanges(sentence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    const ch = sentence[i]!;
    if ('（(《“「【'.includes(ch)) depth++;
    else if ('）)》”」】'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && isBreak(sentence, i)) {
      if (i >= start) out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < sentence.length) out.push([start, sentence.length]);
  return out;
}

function isBreak(s: string, i: number): boolean {
  const ch = s[i]!;
  if ('，；：;。！？'.includes(ch)) return true;
  if (ch === ',' || ch === ':') return !(/\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? ''));
  return false;
}

/** Replaces the text of 《titles》, 〔year〕 numbers and (…号) references by a filler of the same length. */
const fill = (m: string) => '□'.repeat(m.length);

export function maskReferences(s: string): string {
  return s
    .replace(/《[^》]*》/g, fill)
    .replace(/[〔［[][^〕］\]]*[〕］\]]/g, fill)
    .replace(/[A-Za-z\u4e00-\u9fff]*[〔［[]?\d{4}[〕］\]]?\d+号/g, fill)
    .replace(/第\d+[次条款项号期批届]/g, fill);
}

/** Drops bracketed asides: "县（区）域内就诊率" → "县域内就诊率". */
export function withoutAsides(s: string): string {
  return s.replace(/（[^（）]*）|\([^()]*\)/g, '');
}
