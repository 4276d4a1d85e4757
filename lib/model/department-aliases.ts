/**
 * One name per real unit: an alias (市财政局（国资委）) stands for its canonical name (市财政局). Everything that
 * matches "my departments" (checklist, badge, reminder) and the department picker resolves names through here.
 */

export interface DepartmentAlias {
  alias: string;
  canonical: string;
}

export type AliasLookup = ReadonlyMap<string, string>;

// The stored table is kept flat (merges re-point), but a restored or hand-made one may chain: follow a few steps.
const MAX_STEPS = 8;

export function aliasLookup(aliases: readonly DepartmentAlias[]): AliasLookup {
  const map = new Map<string, string>();
  for (const a of aliases) {
    const alias = a.alias.trim();
    const canonical = a.canonical.trim();
    if (alias && canonical && alias !== canonical) map.set(alias, canonical);
  }
  return map;
}

/** The canonical name of a department; a name without alias is its own. A loop resolves to where it started. */
export function resolveDepartment(name: string, lookup: AliasLookup): string {
  const start = name.trim();
  let at = start;
  for (let i = 0; i < MAX_STEPS; i++) {
    const next = lookup.get(at);
    if (next === undefined) return at;
    if (next === start) return start;
    at = next;
  }
  return at;
}

/** Canonical names of a list, each once, in first-seen order. */
export function resolveDepartments(names: readonly string[], lookup: AliasLookup): string[] {
  return [...new Set(names.map((n) => resolveDepartment(n, lookup)).filter((n) => n !== ''))];
}

/**
 * Every spelling that stands for one of the chosen units: the chosen names, their canonical names, and all
 * aliases of those. Tasks store names as imported, so queries match on these.
 */
export function spellingsOf(chosen: readonly string[], lookup: AliasLookup): string[] {
  const units = new Set(resolveDepartments(chosen, lookup));
  const out = new Set<string>([...chosen, ...units]);
  for (const alias of lookup.keys()) if (units.has(resolveDepartment(alias, lookup))) out.add(alias);
  return [...out];
}

export type DepartmentRole = 'lead' | 'partner';

/** Whether one of `spellings` leads the task (牵头) or only partners (配合); null when neither. */
export function departmentRole(
  task: { lead: readonly string[]; partners: readonly string[] },
  spellings: ReadonlySet<string> | readonly string[],
): DepartmentRole | null {
  const set: ReadonlySet<string> = spellings instanceof Set ? spellings : new Set(spellings as readonly string[]);
  if (task.lead.some((n) => set.has(n))) return 'lead';
  if (task.partners.some((n) => set.has(n))) return 'partner';
  return null;
}
