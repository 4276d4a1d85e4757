/**
 * Names that probably mean one unit, offered for the user to merge: they differ only by the region before them
 * (财政局 / 市财政局) or a bracket after them (市财政局 / 市财政局（国资委）). Nothing is merged here; the user
 * confirms each proposal. 市财政局 and 县财政局 are two units (a county ledger names both), so two different
 * regions never merge, and a bare 财政局 beside both is left for the user to decide.
 */

import { aliasLookup, resolveDepartments, type DepartmentAlias } from '../model/department-aliases';

export interface AliasProposal {
  /** The name the others would become aliases of: the most specific one without a bracket. */
  canonical: string;
  /** The other names, each to be stored as an alias of `canonical`. */
  aliases: string[];
}

const TRAILING_BRACKET = /\s*[（(][^（）()]*[）)]\s*$/;
const PLACE_END = new Set(['省', '市', '县', '区', '州', '盟', '旗']);
// "市场监督管理局" begins with 市 but is no region; "社区卫生服务中心" is no 社区 region.
const NOT_A_REGION = new Set(['市场', '社区', '小区', '园区', '地区', '辖区', '片区']);
const notARegion = (name: string, i: number) =>
  NOT_A_REGION.has(name.slice(i, i + 2)) || NOT_A_REGION.has(name.slice(Math.max(0, i - 1), i + 1));
const MAX_REGION = 10;

/** The region prefix of a name (浙江省杭州市 in 浙江省杭州市财政局; 市 in 市委组织部) and the rest. */
export function splitRegion(name: string): { region: string; rest: string } {
  let cut = 0;
  for (let i = 0; i < Math.min(name.length, MAX_REGION); i++) {
    if (!PLACE_END.has(name[i])) continue;
    let end = i + 1;
    // 市委组织部 / 组织部: the party committee (委) belongs to the region.
    if (name[end] === '委' && name.length - end - 1 >= 2) end += 1;
    if (name.length - end < 2) break;
    if (notARegion(name, i)) continue;
    cut = end;
  }
  return { region: name.slice(0, cut), rest: name.slice(cut) };
}

/** The name without a trailing bracket: 市财政局（国资委） → 市财政局. */
export function withoutBracket(name: string): string {
  const bare = name.replace(TRAILING_BRACKET, '');
  return bare.length >= 2 ? bare : name;
}

function pickCanonical(names: readonly string[]): string {
  return [...names].sort((a, b) => {
    const bracketA = withoutBracket(a) !== a;
    const bracketB = withoutBracket(b) !== b;
    if (bracketA !== bracketB) return bracketA ? 1 : -1;
    // 市财政局 over 财政局: the region says which unit it is.
    if (a.length !== b.length) return b.length - a.length;
    return a.localeCompare(b, 'zh-Hans-CN');
  })[0];
}

/**
 * Proposals over the department names of the ledgers. Names already merged by `existing` aliases count as their
 * canonical name, so an accepted proposal is not offered again.
 */
export function proposeAliases(names: readonly string[], existing: readonly DepartmentAlias[] = []): AliasProposal[] {
  const units = resolveDepartments(
    names.filter((n) => typeof n === 'string'),
    aliasLookup(existing),
  );
  // core (region and bracket removed) → region → names
  const byCore = new Map<string, Map<string, string[]>>();
  for (const name of units) {
    const { region, rest } = splitRegion(withoutBracket(name));
    const regions = byCore.get(rest) ?? new Map<string, string[]>();
    byCore.set(rest, regions);
    regions.set(region, [...(regions.get(region) ?? []), name]);
  }
  const proposals: AliasProposal[] = [];
  for (const regions of byCore.values()) {
    const named = [...regions.keys()].filter((r) => r !== '');
    const groups: string[][] =
      named.length === 1 ? [[...(regions.get('') ?? []), ...regions.get(named[0])!]] : [...regions.values()];
    for (const group of groups) {
      if (group.length < 2) continue;
      const canonical = pickCanonical(group);
      proposals.push({ canonical, aliases: group.filter((n) => n !== canonical) });
    }
  }
  return proposals.sort((a, b) => a.canonical.localeCompare(b.canonical, 'zh-Hans-CN'));
}
