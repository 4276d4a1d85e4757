import type { ReformDb } from './database';
import { figureRecord, isoMonth, type FigureRecord } from '../model/records';
import { zhErrors } from '../z';
import { LIMITS } from '../model/limits';
import { AppError } from '../model/app-error';
import { mergeEdit } from '../model/edit-merge';

/** Raw monthly figures (never rates) per unit and month; each save keeps the values it replaced. */

export type FigureValues = FigureRecord['values'];

export const figureId = (unitId: string, month: string) => `${unitId}|${month}`;

export function unitFigures(db: ReformDb, unitId: string): Promise<FigureRecord[]> {
  return db.figures.where('unitId').equals(unitId).sortBy('month');
}

function sameValues(a: FigureValues, b: FigureValues): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? null) === (b[k] ?? null));
}

/**
 * Saves one unit's month. Keys not in `values` keep their stored value (another indicator's inputs are not
 * wiped); the values replaced are appended to the record's history. An unchanged save writes nothing new.
 * With `base` (the values as the form opened), only the keys the user changed are written: another page's change
 * to another key is kept, and a key both changed differently is an EditConflict, and nothing is written.
 */
export async function saveMonthFigures(
  db: ReformDb,
  unitId: string,
  month: string,
  values: FigureValues,
  now = Date.now(),
  base?: FigureValues,
): Promise<FigureRecord> {
  isoMonth.parse(month, zhErrors);
  return db.transaction('rw', db.units, db.figures, async () => {
    if (!(await db.units.get(unitId))) throw new AppError('errUnitGone');
    // Found by unit and month, not by id, so a record written under another id scheme is updated, not doubled.
    const old = await db.figures.where('[unitId+month]').equals([unitId, month]).first();
    const id = old?.id ?? figureId(unitId, month);
    const stored = old?.values ?? {};
    const merged = { ...stored, ...mergeEdit(stored, values, base, Object.keys(values)) } as FigureValues;
    if (old && sameValues(old.values, merged)) return old;
    // The oldest earlier values give way once the record holds as many as it may.
    const history = old ? [...old.history, { at: old.updatedAt, values: old.values }].slice(-LIMITS.figureHistory) : [];
    const record = figureRecord.parse({ id, unitId, month, values: merged, history, updatedAt: now }, zhErrors);
    await db.figures.put(record);
    return record;
  });
}
