/** The comparison a target sentence states: the verb before the value and the word after it. */
export type TargetOp = '>=' | '<=' | '>' | '<' | '=' | 'between';

export interface Operator {
  word: string;
  op: TargetOp;
  start: number;
  /** A verb that says nothing about a target on its own ("为" a fee, "拥有" a count). */
  weak: boolean;
}

const VERBS: Array<[string, TargetOp]> = [
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['至少达到', '>='],
  ['至少有', '>='],
  ['至少', '>='],
  ['达到', '>='],
  ['到达', '>='],
  ['达', '>='],
  ['≥', '>='],
  ['≧', '>='],
  ['≤', '<='],
  ['≦', '<='],
  ['＞', '>'],
  ['＜', '<'],
  ['>', '>'],
  ['<', '<'],
  ['提高到', '>='],
  ['提高至', '>='],
  ['提升到', '>='],
  ['提升至', '>='],
  ['增加到', '>='],
  ['增加至', '>='],
  ['增长到', '>='],
  ['增长至', '>='],
  ['上升到', '>='],
  ['上升至', '>='],
  ['扩大到', '>='],
  ['扩大至', '>='],
  ['提高', '>='],
  ['提升', '>='],
  ['增加', '>='],
  ['增长', '>='],
  ['上升', '>='],
  ['上调', '>='],
  ['下降', '>='],
  ['降低', '>='],
  ['减少', '>='],
  ['下调', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['不多于', '<='],
  ['控制在', '<='],
  ['控制到', '<='],
  ['降至', '<='],
  ['降到', '<='],
  ['降低到', '<='],
  ['降低至', '<='],
  ['下降到', '<='],
  ['下降至', '<='],
  ['减少到', '<='],
  ['减少至', '<='],
  ['压缩到', '<='],
  ['压缩至', '<='],
  ['缩短到', '<='],
  ['缩短至', '<='],
  ['调控在', '<='],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['超过', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['保持在', '='],
  ['稳定在', '='],
  ['维持在', '='],
  ['等于', '='],
  ['为', '='],
  ['拥有', '>='],
];
const WEAK = new Set(['为', '拥有']);
const SORTED = [...VERBS].sort((a, b) => b[0].length - a[0].length);

/** The verb nearest before the value (the longest one ending there: 不超过 rather than 超过). */
export function findOperator(prefix: string): Operator | null {
  let best: Operator | null = null;
  let bestEnd = -1;
  for (const [word, op] of SORTED) {
    const at = prefix.lastIndexOf(word);
    if (at < 0 || at + word.length <= bestEnd) continue;
    best = { word, op, start: at, weak: WEAK.has(word) };
    bestEnd = at + word.length;
  }
  // "标准为6元" states a standard; "为" far from the value belongs to other words.
  if (best?.word === '为' && bestEnd !== prefix.length) return null;
  return best;
}

/** "以上" / "以内" / "左右" right after the value. */
export function suffixOperator(after: string): TargetOp | null {
  if (/^(?:及|或)?以上/.test(after)) return '>=';
  if (/^(?:及|或)?(?:以内|以下|之内)/.test(after)) return '<=';
  if (after.startsWith('左右')) return '=';
  return null;
}

/** A value reported as already reached ("已达到", "目前为", "截至…") is a status, not a target. */
export function statusBefore(before: string): boolean {
  return /已(?:经)?(?:达到|达|提高|增加|下降|降低|超过|实现)?[^，,]{0,2}$|目前|现有|现为|截至|截止/.test(
    before.slice(-16),
  );
}
