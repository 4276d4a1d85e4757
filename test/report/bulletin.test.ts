import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { bulletinChartText, bulletinData, buildBulletin, compareBulletins } from '../../lib/report/bulletin';
import { bulletinCsv, bulletinWorkbook } from '../../lib/report/bulletin-xlsx';
import { chaseMessage, standings } from '../../lib/report/standing';
import { bulletinInput, bulletinReports, bulletinTasks } from './bulletin-fixture';

describe('报送情况', () => {
  it('counts per department: tasks, done, on time, overdue, not reported, and who reported', () => {
    const s = standings(bulletinTasks, bulletinReports, bulletinInput.period, '2026-11-26');
    expect(s).toEqual([
      {
        department: '县卫健局',
        tasks: 2,
        lead: 1,
        done: 1,
        onTime: 0,
        overdue: 0,
        notReported: 1,
        reported: true,
        lastReportedAt: 1,
      },
      {
        department: '县医保局',
        tasks: 2,
        lead: 1,
        done: 1,
        onTime: 0,
        overdue: 0,
        notReported: 0,
        reported: true,
        lastReportedAt: 1,
      },
      {
        department: '县财政局',
        tasks: 2,
        lead: 1,
        done: 1,
        onTime: 1,
        overdue: 1,
        notReported: 2,
        reported: false,
        lastReportedAt: null,
      },
      {
        department: '县人社局',
        tasks: 1,
        lead: 1,
        done: 0,
        onTime: 0,
        overdue: 1,
        notReported: 1,
        reported: false,
        lastReportedAt: null,
      },
    ]);
  });

  it('writes a 催报 message naming who has not reported and the due day', () => {
    const s = standings(bulletinTasks, bulletinReports, bulletinInput.period, '2026-11-26').filter((x) => !x.reported);
    const text = chaseMessage('某县2026年医改重点任务', { ...bulletinInput.period, due: '2026-11-25' }, s);
    expect(text).toContain('县财政局（2项未报）、县人社局（1项未报）尚未报送');
    expect(text).toContain('请于11月25日前');
    expect(chaseMessage('x', bulletinInput.period, [])).toBe('');
  });
});

describe('通报', () => {
  it("builds the bulletin: task states from the lead's report, overdue items, data that survives its own schema", () => {
    const b = buildBulletin(bulletinInput);
    expect(b.tasks.map((t) => [t.id, t.state, t.status])).toEqual([
      ['t1', 'open', '推进中'],
      ['t2', 'done', '已完成'],
      ['t3', 'done', null],
      ['t4', 'overdue', null],
    ]);
    expect(bulletinData.parse(JSON.parse(JSON.stringify(b)))).toEqual(b);
  });

  it('compares with the last issued bulletin: newly done, newly overdue, recovered, indicator moves', () => {
    const before = buildBulletin({
      ...bulletinInput,
      reports: [],
      today: '2026-11-01',
      indicators: [{ ...bulletinInput.indicators[0], value: 66.1 }],
    });
    const after = buildBulletin(bulletinInput);
    const c = compareBulletins(before, after);
    expect(c.newlyDone.map((t) => t.id)).toEqual(['t2']);
    expect(c.newlyOverdue.map((t) => t.id)).toEqual(['t4']);
    expect(c.indicators).toEqual([{ name: '家庭医生签约服务覆盖率', unit: '%', from: 66.1, to: 68.4 }]);
    expect(compareBulletins(null, after).newlyDone).toEqual([]);
  });

  it('writes a print-ready workbook: landscape, fit to width, two header rows repeated, autofilter, raw figures beside rates', async () => {
    const b = buildBulletin(bulletinInput);
    const bytes = bulletinWorkbook(b, compareBulletins(null, b), null);
    const files = unzipSync(bytes);
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(sheet1).toMatch(/<pageSetup [^>]*orientation="landscape" fitToWidth="1" fitToHeight="0"/);
    expect(sheet1).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet1).toContain('<autoFilter ref="A2:I6"/>');
    expect(strFromU8(files['xl/workbook.xml'])).toContain("'各单位情况'!$1:$2");
    const sheets = await readXlsxFile(Buffer.from(bytes));
    expect(sheets.map((s) => s.sheet)).toEqual(['各单位情况', '逾期事项', '变化情况', '指标进展']);
    expect(sheets[0].data[2]).toEqual(['县卫健局', 2, 1, 0, 0, 1, 50, 0, '已报送']);
    expect(sheets[3].data[2]).toEqual([
      '家庭医生签约服务覆盖率',
      '%',
      '≥75',
      '2026-10',
      66.123,
      '签约人数',
      330615,
      '常住人口',
      500000,
      null,
      null,
    ]);
  });

  it('writes the department table as CSV with the rates rounded as on screen', async () => {
    const csv = await bulletinCsv(
      buildBulletin({ ...bulletinInput, tasks: [...bulletinTasks, { ...bulletinTasks[0], id: 't5' }] }),
    );
    expect(csv.split('\r\n')[1]).toBe('县卫健局,3,1,0,0,2,33.3,0,已报送');
  });

  it('names the chart image by what it shows, its unit and its period', () => {
    const text = bulletinChartText(buildBulletin(bulletinInput));
    expect(text.title).toBe('某县2026年医改重点任务 2026年11月 各单位任务完成情况（已完成 / 按时完成 / 逾期）');
    expect(text.subtitle).toBe('单位：项　统计周期：2026-11-01 至 2026-11-30　截至 2026-11-26');
    expect(text.fileName).toBe('某县2026年医改重点任务_2026年11月_各单位完成情况_已完成按时逾期_单位项.png');
  });
});
