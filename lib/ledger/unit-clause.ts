import { splitDepartments } from './departments';

/**
 * The units named inside a text ledger's sentence: "（责任单位：A、B）", "（牵头单位：A；配合单位：B）",
 * "（A牵头，B、C配合）", "（A、B等负责）", "（各有关部门按职责分工负责）", and labelled lines "牵头单位：…".
 */

export interface ClauseParts {
  lead: string[];
  partners: string[];
  /** 责任单位 without a 牵头 beside them: they lead, unless the document says only the first one does. */
  duty: string[];
  leaders: string[];
  deadline: string;
  /** At least one part was recognised: the bracket is a unit clause, not an aside. */
  recognised: boolean;
}

const LEADER_LABEL = /^(责任|牵头|分管|联系|牵头负责|包保|挂钩|主要)?(市|县|区)?(领导|责任人|负责人|联系人)(姓名)?$/;
const LEAD_LABEL = /^(市|县|区)?(牵头|主责|主体责任|主办)(责任)?(单位|部门|处室|科室)?$/;
const PARTNER_LABEL = /^(主要)?(配合|协办|协作|协同|协助|参与|参加)(责任)?(单位|部门|处室|科室)?$/;
const DUTY_LABEL = /^(责任|负责|实施|承办|落实)(单位|部门|处室|科室|主体)$|^责任方$/;
const DEADLINE_LABEL = /^(完成)?(时限|时间|期限)(要求)?$|^(时间|完成)(节点|要求|安排)$|^进度安排$/;

/** The label of a labelled line ("牵头责任单位：", "主要协作单位:"), when it names a role, people or a deadline. */
export function isRoleLabel(label: string): boolean {
  const l = label.replace(/\s+/g, '');
  return (
    LEADER_LABEL.test(l) || LEAD_LABEL.test(l) || PARTNER_LABEL.test(l) || DUTY_LABEL.test(l) || DEADLINE_LABEL.test(l)
  );
}

/** A line that starts with a role label: "牵头单位：…", "（责任单位：…）". */
export function startsWithLabel(line: string): boolean {
  const m = /^[（(]?\s*([^：:，,。；;（）()]{2,10})\s*[：:]/.exec(line);
  return m !== null && isRoleLabel(m[1]);
}

/** Where a role label starts inside a text, or -1. */
export function labelIndex(text: string): number {
  const re = /([^：:，,。；;（）()\s\n]{2,10})\s*[：:]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // The label may sit at the end of a longer run ("……推进。牵头单位:"): try its tails.
    const run = m[1];
    for (let k = 0; k <= run.length - 2; k++) if (isRoleLabel(run.slice(k))) return m.index + k;
  }
  return -1;
}

function empty(): ClauseParts {
  return { lead: [], partners: [], duty: [], leaders: [], deadline: '', recognised: false };
}

const HAS_DATE =
  /\d{4}\s*年|[〇○零一二三四五六七八九十\d]{1,2}\s*月|年底|年内|全年|年末|上半年|下半年|季度|长期|持续|每年|每月|每季/;

/** One unlabelled part: "A牵头" / "A、B配合" / "A、B等负责" / "2021年底前完成". */
function readBare(part: string, out: ClauseParts) {
  const text = part.trim();
  if (text === '') return;
  let m = /^(.+?)(共同)?(牵头负责|牵头)(落实|实施)?$/.exec(text);
  if (m) {
    out.lead.push(...splitDepartments(m[1]));
    out.recognised = true;
    return;
  }
  m = /^(.+?)(配合|协办|协助|协同|协作|参与|参加)(落实|实施|推进)?$/.exec(text);
  if (m) {
    out.partners.push(...splitDepartments(m[1]));
    out.recognised = true;
    return;
  }
  m = /^(.+?)(按职责分工负责|按照职责分工负责|按职责负责|分别负责|共同负责|负责|落实|实施)$/.exec(text);
  if (m && !HAS_DATE.test(m[1])) {
    out.duty.push(...splitDepartments(m[1]));
    out.recognised = true;
    return;
  }
  if (HAS_DATE.test(text) && text.length <= 40) {
    out.deadline = out.deadline ? `${out.deadline}；${text}` : text;
  }
}

/** Reads the inside of a bracket (or a run of labelled lines). */
export function readClause(content: string): ClauseParts {
  const out = empty();
  const parts = content.split(/[；;\n]|[，,](?=\s*[^，,；;：:]{2,8}[：:])/);
  for (const part of parts) {
    const m = /^\s*([^：:，,、]{1,12})\s*[：:]\s*(.*)$/s.exec(part);
    if (m) {
      const label = m[1].replace(/\s+/g, '');
      const value = m[2].trim();
      if (LEADER_LABEL.test(label)) out.leaders.push(...splitDepartments(value.replace(/[。.]$/, '')));
      else if (LEAD_LABEL.test(label)) out.lead.push(...splitDepartments(value));
      else if (PARTNER_LABEL.test(label)) out.partners.push(...splitDepartments(value));
      else if (DUTY_LABEL.test(label)) out.duty.push(...splitUnitsAndRoles(value, out));
      else if (DEADLINE_LABEL.test(label)) out.deadline = value;
      else continue;
      out.recognised = true;
      continue;
    }
    // "A牵头，B配合": the comma separates roles here.
    for (const piece of part.split(/[，,]/)) readBare(piece, out);
  }
  return out;
}

/** "责任单位：A牵头，B、C配合": roles written inside the value. */
function splitUnitsAndRoles(value: string, out: ClauseParts): string[] {
  if (!/牵头|配合|参与|协助|协同|协办/.test(value)) return splitDepartments(value);
  const duty: string[] = [];
  for (const piece of value.split(/[，,；;]/)) {
    const probe = empty();
    readBare(piece, probe);
    if (probe.recognised) {
      out.lead.push(...probe.lead);
      out.partners.push(...probe.partners);
      duty.push(...probe.duty);
    } else duty.push(...splitDepartments(piece));
  }
  return duty;
}
