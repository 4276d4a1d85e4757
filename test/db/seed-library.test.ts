import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { seedLedgers } from '../../lib/db/seed-ledgers';
import { documentRecord } from '../../lib/model/records';
import { loadChecklist } from '../../lib/db/checklist-queries';
import { badgeCounts } from '../../lib/background/badge';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';
import { bundledDocuments } from '../../lib/ledger/bundled-documents';
import { BUCKETS, type BucketId } from '../../lib/model/due-status';
import { DEFAULT_FILTERS } from '../../lib/checklist/settings';

let db: ReformDb;
let n = 0;
afterEach(() => db?.delete());
const NOW = Date.UTC(2026, 2, 10);
const limits = Object.fromEntries(BUCKETS.map((id) => [id, 500])) as Record<BucketId, number>;

describe('the bundled document library (文件库)', () => {
  it('holds the five reference documents with their full source text', () => {
    const docs = bundledDocuments();
    expect(docs.map((d) => d.file)).toEqual([
      '000_6a5077e087b07226.txt',
      '001_8d56fc2ff2b920a1.txt',
      '002_51fae38dd57fd7e4.txt',
      '003_98cdf197e32a15e8.txt',
      '004_59c43a53d72b42a0.txt',
    ]);
    expect(docs.find((d) => d.docNumber === '固医改发〔2020〕1号')!.text).toContain('县（区）域内就诊率达到90%以上');
  });

  it('a first install in 2026 files every bundled ledger under its document, as 归档: badge and checklist empty', async () => {
    db = openDb(`seed-library-${++n}`);
    await seedLedgers(db, bundledLedgers(), NOW, { documents: bundledDocuments(), today: '2026-03-10' });
    const documents = await db.documents.toArray();
    expect(documents).toHaveLength(5);
    for (const doc of documents) expect(documentRecord.parse(doc)).toMatchObject({ origin: 'seed', applies: 0 });
    const ledgers = await db.ledgers.toArray();
    for (const ledger of ledgers) {
      expect(documents.map((d) => d.id)).toContain(ledger.documentId);
      expect(ledger.archived).toBe(1);
    }
    const tasks = await db.tasks.toArray();
    expect(tasks).toHaveLength(204);
    expect(tasks.every((t) => t.archived === 1)).toBe(true);
    expect(await badgeCounts(db, '2026-03-10')).toEqual({ overdue: 0, soon: 0 });
    const { sections } = await loadChecklist(db, { today: '2026-03-10', filters: DEFAULT_FILTERS, limits });
    expect(BUCKETS.reduce((sum, id) => sum + sections[id].count, 0)).toBe(0);
  });

  it('an install while a document is current keeps its tasks in the checklist', async () => {
    db = openDb(`seed-library-${++n}`);
    await seedLedgers(db, bundledLedgers(), NOW, { documents: bundledDocuments(), today: '2021-11-01' });
    const byLedger = new Map((await db.ledgers.toArray()).map((l) => [l.id, l.archived]));
    // 白山 2021 work plan is due at the end of 2021; 温州's 2016 pilot ended in 2018.
    expect(byLedger.get('baishan-2021')).toBe(0);
    expect(byLedger.get('wenzhou-2016-pilot-tasks')).toBe(1);
  });

  it('links tasks to the clause of their document where the text has it', async () => {
    db = openDb(`seed-library-${++n}`);
    await seedLedgers(db, bundledLedgers(), NOW, { documents: bundledDocuments(), today: '2026-03-10' });
    const tasks = await db.tasks.toArray();
    const withClause = tasks.filter((t) => t.clause !== null);
    console.log(`tasks with a clause: ${withClause.length} of ${tasks.length}`);
    expect(withClause.length).toBeGreaterThan(tasks.length / 2);
    const docs = new Map(bundledDocuments().map((d) => [d.id, d.text.replace(/\s+/g, ' ')]));
    const ledgers = new Map((await db.ledgers.toArray()).map((l) => [l.id, l.documentId]));
    for (const t of withClause) expect(docs.get(ledgers.get(t.ledgerId)!)).toContain(t.clause);
  });
});
