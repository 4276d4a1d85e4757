import { getDb, openDb } from '../../lib/db/database';
import { dueRange } from '../../lib/db/checklist-queries';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { CURRENT_SCHEMA_VERSION } from '../../lib/db/migrations';
import { serializeBackup } from '../../lib/backup/format';
import { readBackup } from '../../lib/backup/validate';
import { BACKUP_TABLES } from '../../lib/backup/tables';
import { parseLedgerTable } from '../../lib/ledger/table-import';
import { addDays, addMonths, localDay, localMonth } from '../../lib/model/calendar';
import { DEFAULT_BADGE_DAYS } from '../../lib/checklist/settings';
import { makeLedgerData, makePastedTable } from './data';
import { medianMs } from './timing';
import { XLSX_SOURCE, buildXlsx, catalogFigures } from './xlsx';
import { reportFormsRoundTrip } from './report-forms';
import { docxImport, htmlPaste } from './import-files';

const RUNS = 7;

/** Replaces every ledger and task of the extension's own database with generated ones. */
async function seedChecklist(ledgers: number, perLedger: number): Promise<number> {
  const db = getDb();
  const data = makeLedgerData(ledgers, perLedger);
  await db.transaction('rw', db.ledgers, db.tasks, async () => {
    await db.tasks.clear();
    await db.ledgers.clear();
    await db.ledgers.bulkPut(data.ledgers);
    await db.tasks.bulkPut(data.tasks);
  });
  return db.tasks.count();
}

/** The badge's upcoming-deadline query through [done+due], against reading the whole table and filtering. */
async function upcomingQuery(): Promise<{ tasks: number; found: number; indexedMs: number; scanMs: number }> {
  const db = getDb();
  const today = localDay();
  const end = addDays(today, DEFAULT_BADGE_DAYS);
  const indexed = () => dueRange(db, 0, today, end).toArray();
  const scan = async () =>
    (await db.tasks.toArray()).filter((t) => t.done === 0 && t.due !== '' && t.due >= today && t.due <= end);
  const [a, b] = [await indexed(), await scan()];
  if (a.length !== b.length) throw new Error(`query mismatch: ${a.length} vs ${b.length}`);
  return {
    tasks: await db.tasks.count(),
    found: a.length,
    indexedMs: await medianMs(RUNS, indexed),
    scanMs: await medianMs(RUNS, scan),
  };
}

async function tableImport(rows: number): Promise<{ rows: number; parsed: number; warnings: number; ms: number }> {
  const text = makePastedTable(rows);
  const result = parseLedgerTable(text);
  return {
    rows,
    parsed: result.tasks.length,
    warnings: result.warnings.length,
    ms: await medianMs(RUNS, () => parseLedgerTable(text)),
  };
}

/** Backup (read all tables + JSON text) and restore (parse + validate + clear + write) in a separate database. */
async function backupRestore(ledgers: number, perLedger: number, runs = RUNS) {
  const db = openDb('reform-ledger-bench');
  const data = makeLedgerData(ledgers, perLedger);
  await db.transaction('rw', db.ledgers, db.tasks, async () => {
    await db.ledgers.bulkPut(data.ledgers);
    await db.tasks.bulkPut(data.tasks);
  });
  let text = '';
  const backupMs = await medianMs(runs, async () => (text = serializeBackup(await exportBackup(db))));
  let validateMs = 0;
  let writeMs = 0;
  const restoreMs = await medianMs(runs, async () => {
    const start = performance.now();
    const check = readBackup(text, CURRENT_SCHEMA_VERSION);
    validateMs = performance.now() - start;
    if (!check.ok) throw new Error(check.error);
    const written = performance.now();
    await restoreBackup(db, check.backup);
    writeMs = performance.now() - written;
  });
  // A new computer: the same restore into an empty database, where every record is written.
  await db.transaction(
    'rw',
    BACKUP_TABLES.map((t) => db.table(t)),
    async () => {
      for (const t of BACKUP_TABLES) await db.table(t).clear();
    },
  );
  const check = readBackup(text, CURRENT_SCHEMA_VERSION);
  if (!check.ok) throw new Error(check.error);
  const emptyStart = performance.now();
  await restoreBackup(db, check.backup);
  const restoreEmptyWriteMs = performance.now() - emptyStart;
  const tasks = await db.tasks.count();
  db.close();
  await openDb('reform-ledger-bench').delete();
  // The floor of that restore: the same records put into an empty database of the same schema by Dexie alone,
  // with no parsing, checking or progress of ours.
  const raw = openDb('reform-ledger-bench-raw');
  const putStart = performance.now();
  await raw.transaction('rw', raw.ledgers, raw.tasks, async () => {
    await raw.ledgers.bulkPut(data.ledgers);
    await raw.tasks.bulkPut(data.tasks);
  });
  const emptyPutMs = performance.now() - putStart;
  raw.close();
  await openDb('reform-ledger-bench-raw').delete();
  return {
    tasks,
    tables: BACKUP_TABLES.length,
    bytes: new Blob([text]).size,
    backupMs,
    restoreMs,
    lastValidateMs: validateMs,
    lastWriteMs: writeMs,
    restoreEmptyMs: validateMs + restoreEmptyWriteMs,
    restoreEmptyWriteMs,
    emptyPutMs,
  };
}

async function xlsxExport(taskCount: number, indicators: number, months: number) {
  const { ledgers, tasks } = makeLedgerData(Math.ceil(taskCount / 100), 100);
  const { figures } = catalogFigures(indicators, months);
  let bytes = 0;
  const xlsxMs = await medianMs(RUNS, async () => (bytes = (await buildXlsx(ledgers, tasks, indicators, months)).size));
  const jsonMs = await medianMs(RUNS, () => JSON.stringify({ ledgers, tasks, figures }));
  return { source: XLSX_SOURCE, tasks: tasks.length, cells: indicators * months, bytes, xlsxMs, jsonMs };
}

/** `units` units (the first the parent of the rest) with `months` months of figures each, up to this month. */
async function seedFigures(units: number, months: number): Promise<number> {
  const db = getDb();
  const now = new Date();
  const unitRows = Array.from({ length: units }, (_, u) => ({
    id: `unit-${u}`,
    name: `单位 ${u + 1}`,
    parentId: u === 0 ? null : 'unit-0',
    createdAt: u,
  }));
  const figureRows = unitRows.flatMap((unit, u) =>
    Array.from({ length: months }, (_, m) => {
      const month = addMonths(localMonth(now), -m);
      const values = {
        signed: 40_000 + m * 10 + u,
        population: 100_000,
        managed: 30_000 + m,
        medicalRevenue: 5_000 + m,
        drugRevenue: 1_500 + u,
      };
      return { id: `${unit.id}|${month}`, unitId: unit.id, month, values, history: [], updatedAt: m };
    }),
  );
  await db.transaction('rw', db.units, db.figures, async () => {
    await db.figures.clear();
    await db.units.clear();
    await db.units.bulkPut(unitRows);
    await db.figures.bulkPut(figureRows);
  });
  return db.figures.count();
}

const ledgerCount = () => getDb().ledgers.count();
const taskCount = () => getDb().tasks.count();
const bench = {
  ledgerCount,
  taskCount,
  seedChecklist,
  seedFigures,
  upcomingQuery,
  tableImport,
  backupRestore,
  xlsxExport,
  reportForms: reportFormsRoundTrip,
  docxImport: (pages: number) => docxImport(pages, RUNS),
  htmlPaste: (rows: number) => htmlPaste(rows, RUNS),
};

declare global {
  interface Window {
    bench: typeof bench;
  }
}
window.bench = bench;
document.title = 'bench ready';
