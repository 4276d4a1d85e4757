/**
 * Deadlines in target sentences: "到2025年", "2020年底前", "2020年6月底", "到2017年、2018年底" (one per value
 * of a 分别 list), a bare "2017年，实现…". Base years ("比2020年", "2020年起", "2020年的基础上") are not deadlines.
 */

export interface Deadline {
  /** Start and end of the phrase in the scanned string. */
  start: number;
  end: number;
  /** YYYY-MM, one per year when the phrase lists several. */
  months: string[];
}

const YEAR = '(?:19|20)\\d{2}';
const ONE = `${YEAR}年?(?:度)?(?:\\d{1,2}月)?(?:上半年|下半年|年底|年末|底|末)?`;
const PHRASE = new RegExp(
  `(?:${ONE}(?:[、和及与]|至))*${YEAR}年(?:度)?(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:上半年|下半年|年底|年末|底|末)?(?:前|以前)?`,
  'g',
);
const SINGLE = new RegExp(`(${YEAR})年?(?:度)?(?:(\\d{1,2})月)?(上半年|下半年)?`, 'g');
const BASE_BEFORE = /(?:比|较|与|同|相比|对比|自|从|于)$/;
const BASE_AFTER = /^(?:起|以来|开始|始|的基础上|基础上|水平|同期|相比|相较|比较|已|的|中|末时)/;

export function findDeadlines(s: string): Deadline[] {
  const out: Deadline[] = [];
  for (const m of s.matchAll(PHRASE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (BASE_BEFORE.test(s.slice(Math.max(0, start - 3), start))) continue;
    if (BASE_AFTER.test(s.slice(end, end + 4)) && !/(?:底|末|前)$/.test(m[0])) continue;
    if (/^\d/.test(s.slice(end)) || /\d$/.test(s.slice(0, start))) continue;
    const months: string[] = [];
    for (const y of m[0].matchAll(SINGLE)) {
      const month = y[2] ? Number(y[2]) : y[3] === '上半年' ? 6 : 12;
      if (month < 1 || month > 12) continue;
      months.push(`${y[1]}-${String(month).padStart(2, '0')}`);
    }
    // "2017年至2020年": a period, due at its end.
    if (/至/.test(m[0]) && months.length > 1) months.splice(0, months.length - 1);
    if (months.length) out.push({ start, end, months });
  }
  return out;
}

/** The plan year a work plan names in its heading ("2021年重点工作任务", "2024年工作要点"), or null. */
export function planYearOf(text: string): number | null {
  const head = text.slice(0, 600).replace(/\s+/g, '');
  const m =
    /((?:19|20)\d{2})年(?:度)?(?:全[市区县省州]|全国|全区)?(?:深化医药卫生体制改革|医改|卫生健康)?(?:重点工作任务|重点工作|工作要点|工作任务|工作计划|重点任务|工作安排)/.exec(
      head,
    );
  return m ? Number(m[1]) : null;
}
