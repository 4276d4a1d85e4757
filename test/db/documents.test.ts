import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDb, type ReformDb } from '../../lib/db/database';
import { addDocument, listDocuments, pickerDocuments } from '../../lib/db/documents';
import { previewDocument } from '../../lib/ui/documents/preview';
import { withDocumentTargets } from '../../lib/indicators/document-targets';
import { targetTimeline } from '../../lib/indicators/target-timeline';
import { listIndicators } from '../../lib/indicators/catalog';
import { catalogWithTargets } from '../../lib/db/custom-indicators';
import { confirmedDocument, initialChoices } from '../../lib/ui/documents/choices';

let db: ReformDb;
let n = 0;
afterEach(async () => {
  vi.restoreAllMocks();
  await db?.delete();
});
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

describe('confirming a document’s targets', () => {
  // A real sentence (海南州全面推进紧密型县域医疗卫生共同体建设实施方案, 2024): one target the catalog measures, one it does not.
  const HAINANZHOU = [
    '关于印发海南州全面推进紧密型县域医疗卫生共同体建设实施方案的通知',
    '一、总体目标',
    '到2025年底前,县域医共体建设的组织管理、投入保障、人事编制、薪酬待遇、医保支付等政策进一步完善。医共体总院全部达到县级医院服务能力基本标准,90%的乡镇卫生院达到服务能力推荐标准,基层医疗卫生机构诊疗量占比提高到55%左右。',
  ].join('\n');
  const confirmBoth = () => {
    const p = previewDocument(HAINANZHOU);
    const choices = initialChoices(p.targets).map((c, i) =>
      p.targets[i]!.indicatorId
        ? c
        : {
            kind: 'new' as const,
            name: '乡镇卫生院达到服务能力推荐标准比例',
            numerator: '达到推荐标准的乡镇卫生院数',
            denominator: '乡镇卫生院总数',
            inputUnit: '家',
          },
    );
    return confirmedDocument(p, { ...p.meta, region: '青海省海南州' }, HAINANZHOU, choices, true);
  };

  it('adds one target to the catalog indicator and makes a new indicator for the other, in one write', async () => {
    db = openDb(`documents-${++n}`);
    const { document, errors } = confirmBoth();
    expect(errors).toEqual({});
    const saved = await addDocument(db, document, '2025-03-01');
    expect(saved.document.title).toBe('海南州全面推进紧密型县域医疗卫生共同体建设实施方案');
    expect(saved.indicators).toHaveLength(1);
    const defs = await db.transaction('r', [db.indicators, db.targets, db.documents], () => catalogWithTargets(db));
    const primary = defs.find((d) => d.id === 'primary-care-visit-share')!;
    expect(targetTimeline(primary.targets, '2025-03').current).toMatchObject({
      op: 'between',
      min: 55,
      max: 55,
      by: '2025-12',
      source: saved.document.title,
      clause: expect.stringContaining('诊疗量占比提高到55%左右'),
    });
    const own = defs.find((d) => d.id === saved.indicators[0]!.id)!;
    expect(own).toMatchObject({
      name: '乡镇卫生院达到服务能力推荐标准比例',
      unit: '%',
      factor: 100,
      inputs: [{ label: '达到推荐标准的乡镇卫生院数' }, { label: '乡镇卫生院总数' }],
    });
    // Its one target, with its document, not twice (the definition's copy and the table's).
    expect(own.targets).toEqual([
      expect.objectContaining({ op: '>=', value: 90, by: '2025-12', source: saved.document.title }),
    ]);
  });

  it('rolls everything back when the last write fails: no document, ledger, task, target or indicator', async () => {
    db = openDb(`documents-${++n}`);
    const { document } = confirmBoth();
    vi.spyOn(db.indicators, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(addDocument(db, document, '2025-03-01')).rejects.toThrow('disk full');
    expect([
      await db.documents.count(),
      await db.ledgers.count(),
      await db.tasks.count(),
      await db.targets.count(),
      await db.indicators.count(),
    ]).toEqual([0, 0, 0, 0, 0]);
  });

  it('the first-run picker lists every library document, one that brings only targets too', async () => {
    db = openDb(`documents-${++n}`);
    const p = previewDocument(HAINANZHOU);
    // The 海南州 plan sets targets and no task table: kept without a ledger.
    const { document } = confirmedDocument(p, p.meta, HAINANZHOU, initialChoices(p.targets), false);
    const saved = await addDocument(db, document, '2025-03-01');
    expect(saved.ledger).toBeNull();
    const picker = await pickerDocuments(db, '2025-03-01');
    expect(picker).toEqual([
      expect.objectContaining({ id: saved.document.id, tasks: 0, targets: saved.targets.length, past: false }),
    ]);
    expect(saved.targets.length).toBeGreaterThan(0);
    // Its targets are due by the end of 2025: history from 2026 on.
    expect((await pickerDocuments(db, '2026-01-05'))[0]!.past).toBe(true);
  });
});
