/**
 * The sentence of a source document a ledger task came from. Ledger rows restate the body text, often shortened
 * or with a different lead-in, so the sentence sharing most of the task's character pairs wins, if it shares
 * at least MIN_SHARE of them.
 */
const MIN_SHARE = 0.6;

const strip = (s: string) => s.replace(/[\s，,。；;：:、“”"（）()《》【】\d]/g, '');

function pairs(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

export function documentSentences(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/(?<=[。；！？])|\n/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter((s) => strip(s).length >= 4 && !s.includes('\t'));
}

/** The best matching sentence, or null. `sentences` from documentSentences (computed once per document). */
export function findClause(taskTitle: string, sentences: readonly string[]): string | null {
  const want = pairs(strip(taskTitle));
  if (want.size < 3) return null;
  let best: string | null = null;
  let bestShare = 0;
  for (const sentence of sentences) {
    const have = pairs(strip(sentence));
    let shared = 0;
    for (const p of want) if (have.has(p)) shared++;
    const share = shared / want.size;
    if (share > bestShare) {
      bestShare = share;
      best = sentence;
    }
  }
  return bestShare >= MIN_SHARE ? best : null;
}
