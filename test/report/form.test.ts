import { strToU8, unzipSync, strFromU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { readReportForm, writeReportForm } from '../../lib/report/form';
import { formInput } from './form-fixture';

/** A workbook another tool made, with the contract header and the given rows (no meta sheet, no names). */
async function foreignForm(rows: Array<Array<string | number | Date | null>>): Promise<Uint8Array> {
  const header = ['编号', '工作任务', '完成状态', '进展情况', '完成日期', '佐证材料'];
  const data = [header, ...rows].map((r) =>
    r.map((v) => (v === null ? null : { value: v, ...(v instanceof Date ? { format: 'yyyy-mm-dd' } : {}) })),
  );
  const buffer = await writeXlsxFile(data as never).toBuffer();
  return new Uint8Array(buffer);
}

describe('writeReportForm / readReportForm', () => {
  it('reads back ledger, department, period and one blank row per task, lead tasks first', async () => {
    const back = await readReportForm(await writeReportForm(formInput));
    expect(back).toMatchObject({
      ledgerId: formInput.ledgerId,
      ledgerTitle: formInput.ledgerTitle,
      department: '县医保局',
      period: formInput.period,
      error: null,
      warnings: [],
    });
    expect(back.rows.map((r) => r.id)).toEqual(['task-drg', 'task-price', 'task-vbp', 'task-fund']);
    expect(back.rows[0]).toEqual({ id: 'task-drg', status: null, progress: '', doneOn: null, evidence: '' });
  });

  it('writes the tasks, their role and last progress, and the four fill columns empty', async () => {
    const sheet = strFromU8(unzipSync(await writeReportForm(formInput))['xl/sharedStrings.xml']);
    for (const s of [
      '编号',
      '完成状态',
      '进展情况',
      '完成日期',
      '佐证材料',
      '牵头',
      '配合',
      '已完成信息系统改造',
      '落实国家和省药品耗材集中带量采购结果 &amp; &quot;两票制&quot;',
    ]) {
      expect(sheet).toContain(s);
    }
  });

  it('writes a form with no tasks that still reads back', async () => {
    const back = await readReportForm(await writeReportForm({ ...formInput, tasks: [] }));
    expect(back).toMatchObject({ department: '县医保局', rows: [], error: null });
  });

  it('refuses an input without a department or with a malformed date', async () => {
    await expect(writeReportForm({ ...formInput, department: ' ' })).rejects.toThrow(/报送单位不能为空/);
    await expect(
      writeReportForm({ ...formInput, period: { ...formInput.period, end: '2026/11/30' } }),
    ).rejects.toThrow();
  });

  it.each([
    ['an empty file', new Uint8Array(), '文件是空的'],
    ['a text file', strToU8('编号,完成状态\nt1,已完成\n'), '不是 Excel 工作簿'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '.xls'],
    ['a zip that is no workbook', zipSync({ 'a.txt': strToU8('hello') }), '无法读取'],
  ])('gives a Chinese error, not an exception, for %s', async (_what, bytes, message) => {
    const back = await readReportForm(bytes);
    expect(back.error).toContain(message);
    expect(back.warnings).toContain(back.error);
    expect(back.rows).toEqual([]);
  });

  it('gives an error for a truncated download', async () => {
    const bytes = await writeReportForm(formInput);
    const back = await readReportForm(bytes.slice(0, Math.floor(bytes.length / 2)));
    expect(back.error).toMatch(/损坏|无法读取/);
  });

  it('reads a sheet with the contract header made by another tool, warning that it carries no ledger or period', async () => {
    const back = await readReportForm(
      await foreignForm([
        ['t1', '任务一', '已完成', '已出台文件', new Date(Date.UTC(2026, 10, 20)), '县政办〔2026〕3号'],
        ['t2', '任务二', '进行中', '推进', '2026年11月5日', ''],
        ['t3', '任务三', '差不多了', '', '11月31日', ''],
      ]),
    );
    expect(back.error).toBeNull();
    expect(back.ledgerId).toBe('');
    expect(back.warnings[0]).toContain('找不到报送表信息');
    expect(back.rows).toEqual([
      { id: 't1', status: '已完成', progress: '已出台文件', doneOn: '2026-11-20', evidence: '县政办〔2026〕3号' },
      { id: 't2', status: '推进中', progress: '推进', doneOn: '2026-11-05', evidence: '' },
      { id: 't3', status: null, progress: '', doneOn: null, evidence: '' },
    ]);
    expect(back.warnings.join('\n')).toContain('第 4 行的完成状态“差不多了”');
    expect(back.warnings.join('\n')).toContain('第 4 行的完成日期“11月31日”');
  });

  it('keeps a row whose 编号 and title match nothing as unmatched, and reads a duplicated 编号 once', async () => {
    const back = await readReportForm(
      await foreignForm([
        [null, '新增的一项工作', '推进中', '已启动', null, ''],
        ['t1', '任务一', '已完成', '第一次', null, ''],
        ['t1', '任务一', '滞后', '第二次', null, ''],
      ]),
    );
    expect(back.unmatched).toEqual([
      { title: '新增的一项工作', status: '推进中', progress: '已启动', doneOn: null, evidence: '', rowNumber: 2 },
    ]);
    expect(back.rows).toEqual([{ id: 't1', status: '已完成', progress: '第一次', doneOn: null, evidence: '' }]);
    expect(back.warnings.join('\n')).toMatch(/编号 t1 出现了不止一行/);
    expect(back.warnings.join('\n')).toMatch(/填了“已完成”，但没有填完成日期/);
  });

  it('says which header is missing when the sheet has no 编号/完成状态 row', async () => {
    const buffer = await writeXlsxFile([
      [{ value: '任务' }, { value: '状态' }],
      [{ value: 'a' }, { value: 'b' }],
    ] as never).toBuffer();
    const back = await readReportForm(new Uint8Array(buffer));
    expect(back.error).toContain('找不到表头');
  });
});
