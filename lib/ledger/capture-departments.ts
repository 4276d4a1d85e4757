/**
 * Departments a captured sentence names, matched against the names the user's ledgers already use and the
 * user's aliases ("县卫健局" → "县卫生健康局"). A unit the sentence sends the report to ("报送至县医改办") is the
 * receiver, not who does the work, so it is kept apart.
 */

import type { DepartmentAlias } from '../model/department-aliases';

export type { DepartmentAlias } from '../model/department-aliases';

export interface NamedDepartments {
  lead: string[];
  partners: string[];
  /** Units the sentence reports to ("报送至县医改办", "报县医改办"). */
  sendTo: string[];
}

// A known name may sit inside a longer one with a place before it: "报送至县医改办" with "医改办" known.
const SEND_BEFORE =
  /(?:报送至|报送到|报送给|报送|上报至|上报|报至|报给|报|送至|送交|发送至|发至|反馈至|反馈到|反馈给|提交至|提交到|提交给|交|抄送)\s*(?:[^\s，,。；;、：:]{0,6}?[省市县区州盟旗镇乡])?$/;
const PARTNER_AFTER = /^[^，,。；;：:]*?(?:配合|协助|参与|协同)/;
const CLAUSE_END = /[，,。；;：:]/;

interface Hit {
  start: number;
  end: number;
  canonical: string;
}

/** Longest names first, and a place already taken by a longer name is not matched again ("县卫健局" hides "卫健局"). */
function findHits(text: string, names: Map<string, string>): Hit[] {
  const byLength = [...names.keys()].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
  const taken: boolean[] = Array.from({ length: text.length }, () => false);
  const hits: Hit[] = [];
  for (const name of byLength) {
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      if (taken.slice(i, i + name.length).some(Boolean)) continue;
      for (let k = i; k < i + name.length; k++) taken[k] = true;
      hits.push({ start: i, end: i + name.length, canonical: names.get(name)! });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

export function namedDepartments(
  text: string,
  departments: readonly string[],
  aliases: readonly DepartmentAlias[] = [],
): NamedDepartments {
  const names = new Map<string, string>();
  for (const d of departments) if (typeof d === 'string' && d.trim()) names.set(d.trim(), d.trim());
  for (const a of aliases) if (a.alias.trim() && a.canonical.trim()) names.set(a.alias.trim(), a.canonical.trim());
  const out: NamedDepartments = { lead: [], partners: [], sendTo: [] };
  const add = (list: string[], name: string) => {
    if (!out.lead.includes(name) && !out.partners.includes(name) && !out.sendTo.includes(name)) list.push(name);
  };
  for (const hit of findHits(text, names)) {
    const before = text.slice(Math.max(0, hit.start - 12), hit.start);
    const rest = text.slice(hit.end);
    const clause = rest.slice(0, rest.search(CLAUSE_END) === -1 ? rest.length : rest.search(CLAUSE_END));
    if (SEND_BEFORE.test(before)) add(out.sendTo, hit.canonical);
    else if (PARTNER_AFTER.test(clause) && !/牵头|负责/.test(clause.split(/配合|协助|参与|协同/)[0]))
      add(out.partners, hit.canonical);
    else add(out.lead, hit.canonical);
  }
  return out;
}
