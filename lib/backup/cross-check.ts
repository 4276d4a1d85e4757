import type { BackupTable } from './tables';

/**
 * Checks between records that no single record schema can see: a crafted or hand-edited file that passes every
 * record check can still point a task at no ledger, or make units each other's parents (a loop the unit tree would
 * walk forever). Each problem is a Chinese sentence naming the record.
 */

type Row = Record<string, unknown>;
const MAX_LISTED = 5;

function unitProblems(units: Row[]): string[] {
  const parents = new Map(units.map((u) => [u.id as string, u.parentId as string | null]));
  const problems: string[] = [];
  for (const [id, parentId] of parents) {
    if (parentId !== null && !parents.has(parentId)) problems.push(`单位“${id}”的上级单位“${parentId}”不存在。`);
  }
  const reported = new Set<string>();
  for (const start of parents.keys()) {
    const seen = new Set<string>();
    for (let at: string | null | undefined = start; at != null; at = parents.get(at)) {
      if (seen.has(at)) {
        if (!reported.has(at)) problems.push(`单位“${at}”的上级关系形成循环（某单位成了自己的下级）。`);
        for (const s of seen) reported.add(s);
        break;
      }
      seen.add(at);
    }
  }
  return problems;
}

function figureProblems(figures: Row[], unitIds: Set<string>): string[] {
  const problems: string[] = [];
  const months = new Set<string>();
  for (const f of figures) {
    const key = `${String(f.unitId)}|${String(f.month)}`;
    if (!unitIds.has(f.unitId as string))
      problems.push(`月度数据“${String(f.id)}”所属的单位“${String(f.unitId)}”不存在。`);
    if (months.has(key)) problems.push(`单位“${String(f.unitId)}”的 ${String(f.month)} 有不止一条月度数据。`);
    months.add(key);
  }
  return problems;
}

function taskProblems(tasks: Row[], ledgerIds: Set<string>): string[] {
  return tasks
    .filter((t) => !ledgerIds.has(t.ledgerId as string))
    .map((t) => `任务“${String(t.title)}”所属的台账“${String(t.ledgerId)}”不存在。`);
}

/** Problems between the records of an otherwise valid backup; empty when the file is consistent. */
export function crossRecordProblems(tables: Record<BackupTable, unknown[]>): string[] {
  const units = tables.units as Row[];
  const problems = [
    ...taskProblems(tables.tasks as Row[], new Set((tables.ledgers as Row[]).map((l) => l.id as string))),
    ...unitProblems(units),
    ...figureProblems(tables.figures as Row[], new Set(units.map((u) => u.id as string))),
  ];
  return problems;
}

export function crossRecordMessage(problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED).join('\n');
  return `备份文件中的记录互相矛盾（${problems.length} 处），未做任何更改：\n${listed}${problems.length > MAX_LISTED ? '\n……' : ''}`;
}
