import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReportForm, writeReportForm } from '../../lib/report/form';
import { hasOpenpyxl, hasSoffice, load, mustHaveTools, runPython, save, scratch, soffice } from './external';
import { formInput } from './form-fixture';

const FILL = join(import.meta.dirname, 'fill_form.py');

/** What a department types, through openpyxl: real dates, text dates, a serial number, a synonym status. */
const fills = [
  {
    id: 'task-drg',
    status: '已完成',
    progress: '全县 12 家医疗机构已按 DRG 结算',
    doneOn: { date: '2026-11-20' },
    evidence: '县医保发〔2026〕15号',
  },
  { id: 'task-vbp', status: '推进中', progress: '第九批集采结果已落地', doneOn: { text: '2026年11月20日' } },
  { id: 'task-price', status: '滞后', progress: '评估报告待审定', doneOn: { text: '2026/11/21' } },
  {
    id: 'task-fund',
    status: '已完成',
    progress: '专项检查完成',
    doneOn: { serial: 46346 },
    evidence: 'https://example.gov.cn/a',
  },
];

function fill(dir: string, name: string, ops: object): { path: string; seen: Record<string, unknown> } {
  const src = save(dir, `src-${name}`, formBytes);
  const opsPath = join(dir, `${name}.json`);
  writeFileSync(opsPath, JSON.stringify(ops));
  const path = join(dir, name);
  return { path, seen: JSON.parse(runPython(FILL, [src, path, opsPath])) };
}

let formBytes: Uint8Array;
beforeAll(async () => {
  formBytes = await writeReportForm(formInput);
});

const skipOpenpyxl = !hasOpenpyxl && !mustHaveTools;
const skipSoffice = !(hasOpenpyxl && hasSoffice) && !mustHaveTools;
// The reason shows in the test name and the log, so a skipped run is never mistaken for a pass.
if (skipOpenpyxl)
  console.warn('跳过 openpyxl 测试：/usr/bin/python3 没有 openpyxl（apt-get install python3-openpyxl）');
if (skipSoffice)
  console.warn('跳过 LibreOffice 测试：没有 soffice 或 openpyxl（apt-get install libreoffice-calc-nogui）');

describe.skipIf(skipOpenpyxl)(
  `报送表 read by openpyxl${skipOpenpyxl ? '（跳过：未安装 python3-openpyxl）' : ''}`,
  () => {
    it('has one header row with the contract columns, a 完成状态 dropdown, the 编号 column locked and fill columns open, print setup', () => {
      const { seen } = fill(scratch(), 'look.xlsx', {});
      expect(seen.header).toEqual(expect.arrayContaining(['编号', '完成状态', '进展情况', '完成日期', '佐证材料']));
      expect((seen.header as string[])[0]).toBe('编号');
      expect(seen.validations).toEqual([['list', '"未启动,推进中,已完成,滞后"', 'H2:H5']]);
      expect(seen.protected).toBe(true);
      expect(seen.locked).toMatchObject({
        编号: true,
        工作任务: true,
        完成状态: false,
        进展情况: false,
        完成日期: false,
        佐证材料: false,
      });
      expect(seen).toMatchObject({
        orientation: 'landscape',
        fitToWidth: 1,
        fitToHeight: 0,
        fitToPage: true,
        printTitleRows: '$1:$1',
        wrap: true,
      });
      expect(seen.sheets).toEqual([
        ['报送表', 'visible'],
        ['报送表信息', 'hidden'],
      ]);
    });

    it('reads what another program filled in: statuses, text, dates typed as dates, as 2026年11月20日, 2026/11/21 and as serials', async () => {
      const { path } = fill(scratch(), 'filled.xlsx', { fill: fills });
      const back = await readReportForm(load(path));
      expect(back.error).toBeNull();
      expect(back).toMatchObject({ ledgerId: formInput.ledgerId, department: '县医保局', period: formInput.period });
      const byId = Object.fromEntries(back.rows.map((r) => [r.id, r]));
      expect(byId['task-drg']).toEqual({
        id: 'task-drg',
        status: '已完成',
        progress: '全县 12 家医疗机构已按 DRG 结算',
        doneOn: '2026-11-20',
        evidence: '县医保发〔2026〕15号',
      });
      expect(byId['task-vbp']).toMatchObject({ status: '推进中', doneOn: '2026-11-20', evidence: '' });
      expect(byId['task-price']).toMatchObject({ status: '滞后', doneOn: '2026-11-21' });
      expect(byId['task-fund']).toMatchObject({
        status: '已完成',
        doneOn: '2026-11-20',
        evidence: 'https://example.gov.cn/a',
      });
      expect(back.warnings).toEqual([]);
    });

    it('matches a row whose 编号 was cleared by its task title, and keeps working under an added title row', async () => {
      const { path } = fill(scratch(), 'noid.xlsx', {
        fill: fills,
        clearId: ['task-price'],
        titleRowAbove: '县医保局11月报送',
      });
      const back = await readReportForm(load(path));
      expect(back.rows.find((r) => r.id === 'task-price')).toMatchObject({
        status: '滞后',
        progress: '评估报告待审定',
      });
      expect(back.warnings.join('\n')).toContain('已按任务名称对应到编号 task-price');
    });

    it('recovers ledger, department and period from the workbook names when the meta sheet was deleted', async () => {
      const { path } = fill(scratch(), 'nometa.xlsx', { fill: fills, deleteMeta: true });
      const back = await readReportForm(load(path));
      expect(back).toMatchObject({
        ledgerId: formInput.ledgerId,
        department: '县医保局',
        period: formInput.period,
        error: null,
      });
      expect(back.rows).toHaveLength(4);
      expect(back.warnings.join('\n')).toContain('“报送表信息”工作表已被删除');
    });
  },
);

describe.skipIf(skipSoffice)(
  `报送表 re-saved by LibreOffice${skipSoffice ? '（跳过：未安装 libreoffice-calc-nogui 或 python3-openpyxl）' : ''}`,
  () => {
    it(
      'keeps ledger, department, period, rows and dates through a LibreOffice re-save, with and without the meta sheet',
      { timeout: 240_000 },
      async () => {
        const dir = scratch();
        const filled = fill(dir, 'filled.xlsx', { fill: fills }).path;
        const noMeta = fill(dir, 'nometa.xlsx', { fill: fills, deleteMeta: true }).path;
        const blank = save(dir, 'blank.xlsx', formBytes);
        const [filledLo, noMetaLo, blankLo] = soffice([filled, noMeta, blank], 'xlsx', dir);
        for (const p of [filledLo, noMetaLo]) {
          const back = await readReportForm(load(p));
          expect(back).toMatchObject({
            ledgerId: formInput.ledgerId,
            department: '县医保局',
            period: formInput.period,
            error: null,
          });
          expect(Object.fromEntries(back.rows.map((r) => [r.id, [r.status, r.doneOn]]))).toEqual({
            'task-drg': ['已完成', '2026-11-20'],
            'task-vbp': ['推进中', '2026-11-20'],
            'task-price': ['滞后', '2026-11-21'],
            'task-fund': ['已完成', '2026-11-20'],
          });
        }
        const blankBack = await readReportForm(load(blankLo));
        expect(blankBack.rows.map((r) => r.id).sort()).toEqual(formInput.tasks.map((t) => t.id).sort());
        expect(blankBack.rows.every((r) => r.status === null && r.progress === '' && r.doneOn === null)).toBe(true);
        // What LibreOffice kept of the dropdown, the lock and the print setup, as openpyxl reads it.
        const { seen } = fill(dir, 'look.xlsx', {});
        const reSaved = JSON.parse(runPython(FILL, [blankLo, join(dir, 'x.xlsx'), join(dir, 'look.xlsx.json')]));
        expect(reSaved.validations).toEqual(seen.validations);
        expect(reSaved).toMatchObject({
          protected: true,
          orientation: 'landscape',
          fitToWidth: 1,
          printTitleRows: '$1:$1',
        });
        expect(reSaved.locked).toMatchObject({ 编号: true, 完成状态: false });
      },
    );
  },
);
