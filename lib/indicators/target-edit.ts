import type { CatalogTarget } from '../model/indicator/schema';
import { EditConflict, planEdit } from '../model/edit-merge';
import { LIMITS } from '../model/limits';

/**
 * An indicator's targets as the fields of one edit (lib/model/edit-merge.ts): each target is a field, known by its
 * key, so two pages changing different targets of one indicator both keep their change, and one target both
 * changed (or one changed and the other removed) is a conflict the user settles.
 */
export type KeyedTargets = Record<string, CatalogTarget>;

// FNV-1a: a short, stable name for a document clause (a clause may be 500 characters long).
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/**
 * The key a target goes by: its own (kept since it was first edited), else its document and clause (what a
 * document target keeps whatever its value becomes), else its place. A second target of the same clause gets #2.
 */
function baseKey(target: CatalogTarget, index: number): string {
  if (target.key) return target.key;
  if (target.clause.trim()) return `c${hash(`${target.source ?? ''}|${target.clause.replace(/\s+/g, '')}`)}`;
  return `p${index}`;
}

/**
 * A target in one field order and without read-only extras (such as a document's issue date), key set; its clause
 * as long as a definition keeps it (the targets table keeps longer ones, and its key already names the whole).
 */
function canonical(target: CatalogTarget, key: string): CatalogTarget {
  const clause = (target.clause ?? '').slice(0, LIMITS.group);
  const meta = { by: target.by ?? null, source: target.source ?? null, clause, key };
  return target.op === 'between'
    ? { op: 'between', min: target.min, max: target.max, ...meta }
    : { op: target.op, value: target.value, ...meta };
}

/** Each target with its key, in list order. */
export function keyTargets(targets: readonly CatalogTarget[]): Array<[string, CatalogTarget]> {
  const used = new Map<string, number>();
  return targets.map((target, i) => {
    const key = baseKey(target, i);
    const seen = (used.get(key) ?? 0) + 1;
    used.set(key, seen);
    const unique = seen === 1 ? key : `${key}#${seen}`.slice(0, 40);
    return [unique, canonical(target, unique)];
  });
}

/** The targets as the fields of a form's base snapshot. */
export const targetFields = (targets: readonly CatalogTarget[]): KeyedTargets =>
  Object.fromEntries(keyTargets(targets));

/** A key for a target the user adds (it has no document clause to go by). */
export const newTargetKey = (): string => `n${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/**
 * The targets to store after one save: `stored` the indicator's targets now (as every page sees them, the
 * documents' included), `mine` the form's targets, `base` the form's targets as it opened them (undefined: the
 * form's targets replace all). Targets only this form changed, added or removed take its change; the others stay
 * as stored, in stored order, with new ones after. Throws EditConflict, and nothing is to be written, when
 * another page changed or removed a target this form changed or removed differently.
 */
export function mergeTargetEdit(
  stored: readonly CatalogTarget[],
  mine: readonly CatalogTarget[],
  base: KeyedTargets | undefined,
): CatalogTarget[] {
  const now = keyTargets(stored);
  const wanted = keyTargets(mine);
  const fields = [...new Set([...now, ...wanted].map(([key]) => key).concat(Object.keys(base ?? {})))];
  const { patch, conflicts } = planEdit<string>(Object.fromEntries(now), Object.fromEntries(wanted), base, fields);
  if (conflicts.length > 0) throw new EditConflict(conflicts);
  const changed = (key: string) => Object.prototype.hasOwnProperty.call(patch, key);
  const kept = now.flatMap(([key, target]) => {
    if (!changed(key)) return [target];
    const next = patch[key] as CatalogTarget | null;
    return next ? [next] : [];
  });
  const added = wanted.filter(([key]) => changed(key) && !now.some(([k]) => k === key) && patch[key]);
  return [...kept, ...added.map(([, target]) => target)];
}
