import { z, zhErrors } from '../z';
import { upgradeTables } from '../model/upgrades';
import { BACKUP_FORMAT, type BackupFile } from './format';
import { decodeBackupBytes } from './decode';
import { crossRecordMessage, crossRecordProblems } from './cross-check';
import { CURRENT_SCHEMA_VERSION } from '../model/upgrades';
import { BACKUP_TABLES, TABLE_KEYS, TABLE_NAMES_ZH, TABLE_SCHEMAS, isBackupTable, type BackupTable } from './tables';

declare const validated: unique symbol;
/** A backup whose every record passed its zod schema; only this type can be restored. */
export type ValidBackup = BackupFile & { readonly [validated]: true };

export type BackupCheck = { ok: true; backup: ValidBackup } | { ok: false; error: string };

// Schema messages that are not written in Chinese get zod's Chinese wording instead of English.
// A file with thousands of bad records would make an unreadable message; the first few say what is wrong.
const MAX_LISTED = 5;

const envelope = z.object({
  format: z.unknown(),
  schemaVersion: z.unknown(),
  exportedAt: z.unknown(),
  tables: z.record(z.string(), z.unknown()),
});

function fail(error: string): BackupCheck {
  return { ok: false, error };
}

function issueText(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => (i.path.length > 0 ? `${i.path.join('.')}：${i.message}` : i.message))
    .join('；');
}

function checkVersion(version: unknown, current: number): string | null {
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return '备份文件缺少有效的数据版本号（schemaVersion）。';
  if (version > current)
    return `该备份来自更新版本的医改台账助手（数据版本 ${version}，本机为 ${current}），请先升级扩展后再恢复。`;
  return null;
}

/** Validates every record of one table; returns the parsed records or the problems found. */
function checkTable(table: BackupTable, rows: unknown): { records: unknown[] } | { problems: string[]; bad: number } {
  const name = TABLE_NAMES_ZH[table];
  if (!Array.isArray(rows)) return { problems: [`“${name}”表（${table}）不是记录列表。`], bad: 1 };
  const records: unknown[] = [];
  const problems: string[] = [];
  const keys = new Set<unknown>();
  let bad = 0;
  rows.forEach((row, index) => {
    const parsed = TABLE_SCHEMAS[table].safeParse(row, zhErrors);
    if (!parsed.success) {
      bad += 1;
      if (problems.length < MAX_LISTED)
        problems.push(`“${name}”表第 ${index + 1} 条记录无效：${issueText(parsed.error.issues)}`);
      return;
    }
    const key = (parsed.data as Record<string, unknown>)[TABLE_KEYS[table]];
    if (key !== undefined && keys.has(key)) {
      bad += 1;
      if (problems.length < MAX_LISTED)
        problems.push(`“${name}”表第 ${index + 1} 条记录的主键“${String(key)}”与前面的记录重复。`);
      return;
    }
    keys.add(key);
    records.push(parsed.data);
  });
  return bad > 0 ? { problems, bad } : { records };
}

/**
 * Reads a backup file's text. Anything wrong (not JSON, another format, another schema version, a missing table,
 * one invalid record) gives a Chinese message and no backup, so nothing can be written from a bad file.
 */
export function readBackup(text: string, currentVersion: number): BackupCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('文件不是有效的 JSON，可能已损坏，或不是医改台账助手的备份文件。');
  }
  const outer = envelope.safeParse(json);
  if (!outer.success || outer.data.format !== BACKUP_FORMAT)
    return fail('这不是医改台账助手的备份文件（缺少格式标识 reform-ledger-backup）。');
  const { schemaVersion, exportedAt } = outer.data;
  const versionError = checkVersion(schemaVersion, currentVersion);
  if (versionError) return fail(versionError);
  // An older backup goes through the same record steps the database upgrade runs, then is checked as current.
  const tables = upgradeTables(outer.data.tables, schemaVersion as number);
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt)))
    return fail('备份文件缺少有效的导出时间（exportedAt）。');
  const unknown = Object.keys(tables).filter((t) => !isBackupTable(t));
  if (unknown.length > 0) return fail(`备份文件含有本版本不认识的数据表：${unknown.join('、')}。`);
  const missing = BACKUP_TABLES.filter((t) => !(t in tables));
  if (missing.length > 0)
    return fail(`备份文件缺少数据表：${missing.map((t) => `“${TABLE_NAMES_ZH[t]}”（${t}）`).join('、')}。`);

  const parsed = {} as Record<BackupTable, unknown[]>;
  const problems: string[] = [];
  let bad = 0;
  for (const table of BACKUP_TABLES) {
    const result = checkTable(table, tables[table]);
    if ('records' in result) parsed[table] = result.records;
    else {
      bad += result.bad;
      problems.push(...result.problems);
    }
  }
  if (bad > 0) {
    const listed = problems.slice(0, MAX_LISTED).join('\n');
    return fail(`备份文件中有 ${bad} 条记录未通过校验，未做任何更改：\n${listed}${bad > MAX_LISTED ? '\n……' : ''}`);
  }
  const contradictions = crossRecordProblems(parsed);
  if (contradictions.length > 0) return fail(crossRecordMessage(contradictions));
  const backup = { format: BACKUP_FORMAT, schemaVersion: currentVersion, exportedAt, tables: parsed };
  return { ok: true, backup: backup as ValidBackup };
}

const NOT_TEXT =
  '文件不是 UTF-8 编码的文本，也不能按 UTF-16 或 GB18030（GBK）读成有效的备份，未做任何更改。请选择扩展导出的原始备份文件（.json），不要用其他编辑器另存。';

/**
 * Reads a backup file's bytes with every check of readBackup, against this install's schema version. UTF-8 is
 * read strictly; UTF-16 with a BOM or GB18030 only when that reading gives a backup that passes every check.
 */
export function readBackupFile(bytes: Uint8Array): BackupCheck {
  const decoded = decodeBackupBytes(bytes);
  if (decoded === null) return fail(NOT_TEXT);
  const checked = readBackup(decoded.text, CURRENT_SCHEMA_VERSION);
  if (checked.ok || decoded.rescue === null) return checked;
  return fail(`文件不是 UTF-8 编码；按 ${decoded.rescue} 读取后仍不是有效的备份，未做任何更改：${checked.error}`);
}
