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

const LEAD_LABEL = /^(牵头(单位|部门|处室)?|主责(单位|部门)|主体责任(单位|部门)?|主办(单位|部门))$/;
const PARTNER_LABEL = /^(配合|协办|协作|协同|协助|参与|参加)(单位|部门|处室)?$/;
const DUTY_LABEL = /^(责任|负责|实施|承办|落实)(单位|部门|处室|主体)$|^责任方$/;
const LEADER_LABEL = /^(责任|牵头|分管|联系)?(领导|责任人|负责人|联系人)$/;
const DEADLINE_LABEL = /^(完成)?(时限|时间|期限)$|^(时间|完成)(节点|要求|安排)$|^进度安排$/;

export const LABEL_WORDS = /(牵头单位|牵头部门|主责单位|主体责任单位|配合单位|配合部门|协办单位|参与单位|协同单位|协作单位|协助单位|责任单位|责任部门|负责单位|实施单位|承办单位|责任领导|牵头领导|分管领导|责任人|完成时限|完成时间|时间节点|时间要求|进度安排)\s*[：:]/;

function empty(): ClauseParts {
  return { lead: [], partners: [], duty: [], leaders: [], deadline: '', recognised: false };
}

const HAS_DATE = /\d{4}\s*年|[〇○零一二三四五六七八九十\d]{1,2}\s*月|年底|年内|全年|年末|上半年|下半年|季度|长期|持续|每年|每月|每季/;

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
    const m = /^\s*([^：:，,、]{1,10})\s*[：:]\s*(.*)$/s.exec(part);
    if (m) {
      const label = m[1].replace(/\s+/g, '');
      const value = m[2].trim();
      if (LEAD_LABEL.test(label)) out.lead.push(...splitDepartments(value));
      else if (PARTNER_LABEL.test(label)) out.partners.push(...splitDepartments(value));
      else if (DUTY_LABEL.test(label)) out.duty.push(...splitUnitsAndRoles(value, out));
      else if (LEADER_LABEL.test(label)) out.leaders.push(...splitDepartments(value));
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
