import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { addDocument, listDocuments } from '../../lib/db/documents';
import { previewDocument } from '../../lib/ui/documents/preview';
import { withDocumentTargets } from '../../lib/indicators/document-targets';
import { targetTimeline } from '../../lib/indicators/target-timeline';
import { listIndicators } from '../../lib/indicators/catalog';

let db: ReformDb;
let n = 0;
afterEach(() => db?.delete());
const guyuan = readFileSync(new URL('../../seeds/documents/002_51fae38dd57fd7e4.txt', import.meta.url), 'utf8');

/** A current county plan, as an official would paste it (a real target sentence with this year's deadline). */
const CURRENT_PLAN = [
  '某县卫生健康局文件',
  '某卫发〔2026〕3号',
  '关于印发某县2026年深化医药卫生体制改革重点工作任务的通知',
  '到2026年底，县域内就诊率达到92%以上，家庭医生签约服务覆盖率达到78%以上。',
  '序号\t重点任务\t牵头单位\t完成时限',
  '1\t推进紧密型县域医共体建设\t县卫健局\t2026年12月底前',
  '2\t落实家庭医生签约服务\t县卫健局、县医保局\t2026年6月底前',
  '2026年1月20日',
].join('\n');

describe('adding a document', () => {
  it('previews its header, its ledger rows and its targets', () => {
    const p = previewDocument(guyuan);
    expect(p.meta.docNumber).toBe('固医改发〔2020〕1号');
    expect(p.meta.title).toContain('县（区）域综合医改实施方案');
    expect(p.tasks.length).toBeGreaterThan(10);
    expect(p.targets.map((t) => t.indicatorId)).toEqual(
      expect.arrayContaining(['in-county-visit-rate', 'primary-care-visit-share']),
    );
  });

  it('saves the document, its ledger (tasks linked to clauses) and the kept targets together; the new target applies', async () => {
    db = openDb(`documents-${++n}`);
    const p = previewDocument(CURRENT_PLAN);
    expect(p.meta).toMatchObject({ docNumber: '某卫发〔2026〕3号', issued: '2026-01-20' });
    expect(p.tasks).toHaveLength(2);
    const kept = p.targets.filter((t) => t.indicatorId === 'in-county-visit-rate') as Array<
      (typeof p.targets)[number] & { indicatorId: string }
    >;
    expect(kept).toHaveLength(1);
    const saved = await addDocument(
      db,
      { meta: { ...p.meta, region: '某县' }, text: CURRENT_PLAN, tasks: p.tasks, targets: kept },
      '2026-03-10',
    );
    expect(saved.ledger).toMatchObject({ documentId: saved.document.id, archived: 0 });
    expect(await db.tasks.where('ledgerId').equals(saved.ledger!.id).count()).toBe(2);
    expect((await listDocuments(db))[0]).toMatchObject({ id: saved.document.id, ledgerIds: [saved.ledger!.id] });

    const defs = withDocumentTargets(listIndicators(), await db.targets.toArray(), await db.documents.toArray());
    const inCounty = defs.find((d) => d.id === 'in-county-visit-rate')!;
    // The 2018 and 2021 targets of the bundled documents are history; the new document's applies.
    const timeline = targetTimeline(inCounty.targets, '2026-03');
    expect(timeline.current).toMatchObject({ op: '>=', value: 92, by: '2026-12', source: saved.document.title });
    expect(timeline.history.map((t) => t.by)).toEqual(['2021-12', '2018-12']);
  });

  it('writes nothing when any record is invalid', async () => {
    db = openDb(`documents-${++n}`);
    const p = previewDocument(CURRENT_PLAN);
    const bad = [{ ...p.targets[0]!, indicatorId: 'in-county-visit-rate', by: '2026-13' }];
    await expect(
      addDocument(db, { meta: p.meta, text: CURRENT_PLAN, tasks: p.tasks, targets: bad }, '2026-03-10'),
    ).rejects.toThrow();
    expect([
      await db.documents.count(),
      await db.ledgers.count(),
      await db.tasks.count(),
      await db.targets.count(),
    ]).toEqual([0, 0, 0, 0]);
  });

  it('a document whose dates have all passed comes in as 归档', async () => {
    db = openDb(`documents-${++n}`);
    const p = previewDocument(guyuan);
    const saved = await addDocument(db, { meta: p.meta, text: guyuan, tasks: p.tasks, targets: [] }, '2026-03-10');
    expect(saved.ledger!.archived).toBe(1);
    expect(saved.tasks.every((t) => t.archived === 1)).toBe(true);
  });
});
