import type { ReformDb } from './database';
import { unitRecord, type FigureRecord, type SettingRecord, type UnitRecord } from '../model/records';
import { zhErrors } from '../z';
import { settings } from './setting-keys';
import { SETTINGS_TABLE } from './setting';
import { shortId } from '../model/ids';
import { cleanText } from '../model/text';
import { AppError } from '../model/app-error';
import { mergeEdit } from '../model/edit-merge';
import type { MessageKey } from '../i18n/t';

/** Units (a county, its 医共体 members, hospitals) with parent/child; figures hang off a unit by unitId. */

export interface UnitDraft {
  name: string;
  parentId: string | null;
}

/** A unit form's save; with `base` (the fields as the form opened), only the user's changes are written. */
export type UnitEdit = UnitDraft & { base?: UnitDraft };
const UNIT_FIELDS = ['name', 'parentId'] as const;
const UNIT_NAMES: Record<(typeof UNIT_FIELDS)[number], MessageKey> = {
  name: 'errFieldUnitName',
  parentId: 'errFieldUnitParent',
};

export function allUnits(db: ReformDb): Promise<UnitRecord[]> {
  return db.units.orderBy('id').toArray((units) => units.sort((a, b) => a.createdAt - b.createdAt));
}

/** True when `candidate` is `id` itself or lies below it, so making it the parent would close a loop. */
function isSelfOrBelow(units: readonly UnitRecord[], id: string, candidate: string): boolean {
  const byId = new Map(units.map((u) => [u.id, u]));
  for (let at: string | null = candidate, steps = 0; at !== null && steps <= units.length; steps++) {
    if (at === id) return true;
    at = byId.get(at)?.parentId ?? null;
  }
  return false;
}

async function checkParent(db: ReformDb, id: string | null, parentId: string | null, name: string): Promise<void> {
  const units = await db.units.toArray();
  const cleaned = cleanText(name);
  if (units.some((u) => u.id !== id && u.parentId === parentId && cleanText(u.name) === cleaned)) {
    throw new AppError('errUnitDuplicate', cleaned);
  }
  if (parentId === null) return;
  if (!units.some((u) => u.id === parentId)) throw new AppError('errParentUnitGone');
  if (id !== null && isSelfOrBelow(units, id, parentId)) throw new AppError('errParentUnitBelow');
}

export async function createUnit(db: ReformDb, draft: UnitDraft, now = Date.now()): Promise<UnitRecord> {
  return db.transaction('rw', db.units, async () => {
    await checkParent(db, null, draft.parentId, draft.name);
    const unit = unitRecord.parse({ id: `unit-${shortId()}`, ...draft, createdAt: now }, zhErrors);
    await db.units.add(unit);
    return unit;
  });
}

/**
 * Renames a unit or moves it under another parent (never under itself or its own children). Another page's change
 * to the field this form left alone is kept (EditConflict when both changed the same field).
 */
export async function updateUnit(db: ReformDb, id: string, edit: UnitEdit): Promise<UnitRecord> {
  return db.transaction('rw', db.units, async () => {
    const old = await db.units.get(id);
    if (!old) throw new AppError('errUnitGone');
    const merged = { ...old, ...mergeEdit(old, edit, edit.base, UNIT_FIELDS, UNIT_NAMES) };
    await checkParent(db, id, merged.parentId, merged.name);
    const next = unitRecord.parse(merged, zhErrors);
    await db.units.put(next);
    return next;
  });
}

export interface DeletedUnit {
  unit: UnitRecord;
  figures: FigureRecord[];
  /** Children as they were; they move up to the deleted unit's parent so their own figures stay in a view. */
  children: UnitRecord[];
  /** Unsaved drafts of the unit's months (settings rows), so undo brings back what was typed too. */
  drafts: SettingRecord[];
}

/** A unit's drafts are the indicator drafts `<unitId>.<month>` (lib/ui/indicators/drafts.ts). */
export const unitDraftPrefix = (unitId: string) => `${unitId}.`;

/** Deletes a unit and all its monthly figures in one transaction; returns what an undo needs. */
export async function deleteUnit(db: ReformDb, id: string): Promise<DeletedUnit> {
  return db.transaction('rw', db.units, db.figures, SETTINGS_TABLE, async () => {
    const unit = await db.units.get(id);
    if (!unit) throw new AppError('errUnitGone');
    const figures = await db.figures.where('unitId').equals(id).toArray();
    const children = await db.units.where('parentId').equals(id).toArray();
    const drafts = await settings.indicatorDrafts.takeRows(db, unitDraftPrefix(id));
    await db.figures.bulkDelete(figures.map((f) => f.id));
    await db.units.bulkPut(children.map((c) => ({ ...c, parentId: unit.parentId })));
    await db.units.delete(id);
    return { unit, figures, children, drafts };
  });
}

export async function undoDeleteUnit(db: ReformDb, deleted: DeletedUnit): Promise<void> {
  await db.transaction('rw', db.units, db.figures, SETTINGS_TABLE, async () => {
    await db.units.put(deleted.unit);
    await db.units.bulkPut(deleted.children);
    await db.figures.bulkPut(deleted.figures);
    await settings.indicatorDrafts.putRows(db, deleted.drafts);
  });
}
