/**
 * The one set of limits records obey: the record schemas (lib/model/records.ts) enforce them on every write, import
 * and restore, and the forms use the same numbers for their messages and maxlength.
 */
export const LIMITS = {
  ledgerTitle: 200,
  issuer: 100,
  docNumber: 100,
  region: 100,
  seq: 20,
  group: 500,
  taskTitle: 2000,
  deadlineText: 200,
  /** One department name (牵头/配合部门), a unit name, a person's name. */
  name: 100,
  /** Departments in one task's 牵头 or 配合 list. */
  departments: 50,
  note: 500,
  notes: 1000,
  history: 5000,
  /** A settings value: nesting depth and JSON size (the import box keeps a pasted table of up to 10 MB). */
  settingDepth: 8,
  settingChars: 12_000_000,
  /** A custom indicator or changed target, as stored. */
  indicatorDepth: 8,
  indicatorChars: 64_000,
  idChars: 200,
  url: 2000,
  milestones: 50,
  /** Progress text of a task or a report, evidence of a report. */
  progress: 2000,
  clause: 2000,
  /** Full text of a policy document. */
  documentText: 2_000_000,
  /** Monthly figures: input keys per record, key length, earlier values kept per unit and month. */
  figureKeys: 200,
  figureKey: 64,
  figureHistory: 1000,
} as const;

/** Depth of nesting of a JSON-like value (a plain value is 0), stopping as soon as it passes `max`. */
export function depthOver(value: unknown, max: number): boolean {
  const walk = (v: unknown, depth: number): boolean => {
    if (typeof v !== 'object' || v === null) return false;
    if (depth >= max) return true;
    return Object.values(v).some((child) => walk(child, depth + 1));
  };
  return walk(value, 0);
}

/** Length of the value as JSON, or Infinity when it cannot be written as JSON (a cycle, a BigInt). */
export function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/** Longest progress note a task keeps; the note panel, its draft and the write all check the same number. */
export const NOTE_MAX_LENGTH = LIMITS.note;
