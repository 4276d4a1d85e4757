import { describe, expect, it } from 'vitest';
import { settingsTable } from '../../../lib/db/setting';
import { settings } from '../../../lib/db/setting-keys';
import writeExcelFile from 'write-excel-file/node';
import { openDb } from '../../../lib/db/database';
import { readImportFile } from '../../../lib/ui/ledgers/import/read-file';
import { dropPendingTable, readPendingTable } from '../../../lib/ui/ledgers/import/pending-capture';
import { fillMerges, firstSheetMerges } from '../../../lib/ui/ledgers/import/xlsx-merges';
import { sampleDocx } from '../../ledger/docx-fixture';
import { failureText } from '../../helpers/fake-i18n';

const file = (name: string, bytes: Uint8Array | string) =>
  new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);

describe('readImportFile', () => {
  it('offers every table of a .docx, with the text around them', async () => {
    const source = await readImportFile(file('分工.docx', sampleDocx()));
    expect(source.tables).toHaveLength(2);
    expect(source.tables[0][3][3]).toContain('市卫健委');
    expect(source.text).toContain('附件1');
  });

  it('says in Chinese what to do with .doc, .wps, .et, .xls and .pdf', async () => {
    for (const [name, hint] of [
      ['a.doc', '.docx'],
      ['a.wps', '.docx'],
      ['a.et', '.xlsx'],
      ['a.xls', '.xlsx'],
      ['a.pdf', '粘贴'],
    ] as const) {
      expect(await failureText(readImportFile(file(name, 'x')))).toContain(hint);
    }
  });

  it('a binary file named .docx gets a message, not an exception from the unzipper', async () => {
    expect(await failureText(readImportFile(file('坏.docx', new Uint8Array([1, 2, 3, 4, 5]))))).toMatch(/Word 文件/);
  });

  it('a .txt without a table keeps its text for the text-ledger reader', async () => {
    const source = await readImportFile(file('a.txt', '1. 推进医共体建设。（牵头单位：县卫健局）'));
    expect(source.text).toContain('牵头单位');
  });
});

describe('xlsx merged ranges', () => {
  it('fills every cell of a merged range with its value', async () => {
    const sheet = [
      ['序号', '重点任务', { value: '责任单位', columnSpan: 2 }, null],
      [{ value: '1', rowSpan: 2 }, { value: '推进医共体', rowSpan: 2 }, '县卫健局', '县医保局'],
      [null, null, '县财政局', '县人社局'],
    ];
    const bytes = new Uint8Array((await writeExcelFile(sheet as never).toBuffer()) as Buffer);
    const ranges = firstSheetMerges(bytes);
    expect(ranges).toHaveLength(3);
    const rows = [
      ['序号', '重点任务', '责任单位', ''],
      ['1', '推进医共体', '县卫健局', '县医保局'],
      ['', '', '县财政局', '县人社局'],
    ];
    expect(fillMerges(rows, ranges)).toEqual([
      ['序号', '重点任务', '责任单位', '责任单位'],
      ['1', '推进医共体', '县卫健局', '县医保局'],
      ['1', '推进医共体', '县财政局', '县人社局'],
    ]);
  });
});

describe('capture.pendingTable', () => {
  it('stays while the import screen shows it (a remount reads it again) and is dropped when it is done', async () => {
    const db = openDb(`pending-${Math.random()}`);
    await settingsTable(db).put({
      key: settings.pendingTable.key,
      value: { html: '<table></table>', pageTitle: '某页', url: 'https://example.gov.cn/a', at: 1 },
    });
    expect((await readPendingTable(db))?.pageTitle).toBe('某页');
    expect((await readPendingTable(db))?.pageTitle).toBe('某页');
    await dropPendingTable(db);
    expect(await settingsTable(db).get(settings.pendingTable.key)).toBeUndefined();
    expect(await readPendingTable(db)).toBeNull();
    db.close();
  });
});
