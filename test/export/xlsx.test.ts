import { describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import { snapshotXlsx } from '../../lib/export/xlsx';
import { diffSnapshots } from '../../lib/export/diff';
import { toSnapshotRecord } from '../../lib/export/snapshot';
import { makeTask } from '../checklist/task-fixture';
import { snapshot } from './fixture';

async function readBack(blob: Blob) {
  const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
  return Object.fromEntries(sheets.map((s) => [s.sheet, s.data]));
}

describe('xlsx report', () => {
  it('has the four sheets with Chinese headers', async () => {
    const book = await readBack(await snapshotXlsx(snapshot()));
    expect(Object.keys(book)).toEqual(['汇总', '任务', '指标', '月度数据']);
    expect(book['任务'][0].slice(0, 3)).toEqual(['台账', '序号', '任务']);
    expect(book['指标'][0].slice(0, 5)).toEqual(['单位', '指标', '计量单位', '月份', '数值']);
  });

  it('writes dates as dates and numbers as numbers', async () => {
    const book = await readBack(await snapshotXlsx(snapshot()));
    const done = book['任务'].find((r) => r[10] === 'done')!;
    expect(done[6]).toEqual(new Date(Date.UTC(2026, 0, 31)));
    expect(done[8]).toEqual(new Date(Date.UTC(2026, 0, 20)));
    const row = book['指标'][1];
    expect(row[4]).toBe(55);
    expect(row[6]).toBe(5);
  });

  it('keeps a formula-looking title as text', async () => {
    const s = snapshot({
      tasks: [makeTask({ id: 'evil', ledgerId: 'ledger-a', title: '=1+1', notes: [{ at: 1, text: '@SUM(A1)' }] })],
    });
    const book = await readBack(await snapshotXlsx(s));
    expect(book['任务'][1][2]).toBe('=1+1');
    expect(book['任务'][1][9]).toBe('@SUM(A1)');
  });

  it('lists what changed since the last export on the summary sheet', async () => {
    const before = toSnapshotRecord(snapshot({ today: '2026-03-01' }), 1);
    const now = snapshot({ last: before });
    const diff = diffSnapshots(before, toSnapshotRecord(now, 2));
    const book = await readBack(await snapshotXlsx(now, diff, '2026-03-01 09:00'));
    const flat = book['汇总'].map((r) => r.filter((c) => c !== null));
    expect(flat).toContainEqual(['新逾期', 1]);
    expect(flat).toContainEqual(['甲县医改台账｜推进医共体建设']);
  });
});
