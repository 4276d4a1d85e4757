/**
 * Two pages editing one record: a form remembers the fields as it opened them (the base) and, on save, writes
 * only the fields the user changed. A field another page changed meanwhile is kept; a field both changed to
 * different values is a conflict, written by neither, for the user to choose. Used by every edit form's save.
 */

import { AppError } from './app-error';
import type { MessageKey } from '../i18n/t';

/** One field both pages changed, to different values, since the form was opened. */
export interface FieldConflict<K extends string = string> {
  field: K;
  /** What the other page saved (what is stored now). */
  theirs: unknown;
  /** What this form wanted to save. */
  mine: unknown;
}

/** Field names as message keys (a field without one is named by its own key, e.g. an indicator input). */
export type FieldNames<K extends string> = Partial<Record<K, MessageKey>>;

/** Another page saved a different value of a field this form changed too: nothing was written. */
export class EditConflict<K extends string = string> extends AppError {
  constructor(
    readonly fields: Array<FieldConflict<K>>,
    names: FieldNames<K> = {},
  ) {
    super('errEditConflict', {
      list: fields.map((f) => {
        const key = names[f.field];
        return key ? { key } : f.field;
      }),
    });
    this.name = 'EditConflict';
  }
}

/** Values compared as stored: missing and null are the same, arrays and objects by content. */
export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type Fields<K extends string> = Partial<Record<K, unknown>>;

export interface EditPlan<K extends string> {
  /** The fields to write: the user's changes (every field of the form when it has no base). */
  patch: Fields<K>;
  conflicts: Array<FieldConflict<K>>;
}

/** The three-way comparison of one save: stored now, the form's values, and the form's values as opened. */
export function planEdit<K extends string>(
  stored: Fields<K>,
  mine: Fields<K>,
  base: Fields<K> | undefined,
  fields: readonly K[],
): EditPlan<K> {
  const patch: Fields<K> = {};
  const conflicts: Array<FieldConflict<K>> = [];
  for (const field of fields) {
    const value = mine[field] ?? null;
    if (base && sameValue(value, base[field])) continue;
    const now = stored[field] ?? null;
    if (base && !sameValue(now, base[field]) && !sameValue(now, value))
      conflicts.push({ field, theirs: now, mine: value });
    else patch[field] = value;
  }
  return { patch, conflicts };
}

/** The patch to write onto `stored`, or EditConflict (thrown) naming the fields with the labels given. */
export function mergeEdit<T extends object, K extends keyof T & string>(
  stored: T,
  mine: Partial<Pick<T, K>>,
  base: Partial<Pick<T, K>> | undefined,
  fields: readonly K[],
  names: FieldNames<K> = {},
): Partial<Pick<T, K>> {
  const { patch, conflicts } = planEdit<K>(
    stored as Fields<K>,
    mine as Fields<K>,
    base as Fields<K> | undefined,
    fields,
  );
  if (conflicts.length > 0) throw new EditConflict(conflicts, names);
  return patch as Partial<Pick<T, K>>;
}

/** The base a form continues from after a conflict: the other page's values, so saving again keeps the choice. */
export function rebase<K extends string, B extends Fields<K>>(base: B, conflict: EditConflict<K>): B {
  return { ...base, ...Object.fromEntries(conflict.fields.map((f) => [f.field, f.theirs])) };
}
