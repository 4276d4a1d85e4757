import { useState } from 'preact/hooks';
import { EditConflict, rebase, type FieldConflict } from '../../model/edit-merge';
import type { ConflictChoice } from './ConflictChoice';

type ChoiceProps = Parameters<typeof ConflictChoice>[0];

export interface EditBase<B> {
  /** The fields as the form opened them (after a conflict: with the other page's values); sent with each save. */
  base: B | undefined;
  /** Fields both pages changed, by field name, until the user chooses a value for each. */
  conflicts: Partial<Record<string, FieldConflict>>;
  /** Takes a failed save: when it was an EditConflict, shows its conflicts and returns the base to go on from. */
  caught: (error: unknown) => B | undefined;
  /** The user chose a value for this field. */
  resolve: (field: string) => void;
  /** After a save: the saved values are the new base. */
  reset: (base: B | undefined) => void;
  /**
   * What ConflictChoice shows beside a field, if it is in conflict: `mine` is the field's value, `toField` turns a
   * stored value into a field value, `put` sets the field to the chosen one, `label` shows a field value.
   */
  choice: (
    field: string,
    mine: string,
    put: (value: string) => void,
    toField: (stored: unknown) => string,
    label?: (value: string) => string,
  ) => ChoiceProps | undefined;
}

/** The base snapshot and conflict state every edit form keeps (see lib/model/edit-merge.ts). */
export function useEditBase<B extends object>(opened: () => B | undefined): EditBase<B> {
  const [base, setBase] = useState<B | undefined>(opened);
  const [conflicts, setConflicts] = useState<EditBase<B>['conflicts']>({});
  const resolve = (field: string) => setConflicts(({ [field]: _done, ...rest }) => rest);
  return {
    base,
    conflicts,
    caught: (error) => {
      if (!(error instanceof EditConflict) || !base) return undefined;
      const next = rebase(base as Partial<Record<string, unknown>>, error) as B;
      setBase(next);
      setConflicts(Object.fromEntries(error.fields.map((f) => [f.field, f])));
      return next;
    },
    resolve,
    reset: (next) => {
      setBase(next);
      setConflicts({});
    },
    choice: (field, mine, put, toField, label = (v) => v) => {
      const c = conflicts[field];
      if (!c) return undefined;
      const choose = (value: string) => () => {
        put(value);
        resolve(field);
      };
      const theirs = toField(c.theirs);
      return { theirs: label(theirs), mine: label(mine), onTheirs: choose(theirs), onMine: choose(mine) };
    },
  };
}
