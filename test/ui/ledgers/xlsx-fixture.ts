import writeExcelFile from 'write-excel-file/node';

/**
 * An .xlsx as officials save them: a title row, the header, a numeric 序号, a merged 重点任务 left blank below
 * its first row, and one 完成时限 typed as an Excel date instead of text.
 */
const date = (y: number, m: number, d: number) => ({ value: new Date(Date.UTC(y, m - 1, d)), format: 'yyyy-mm-dd' });

export async function ledgerXlsx(): Promise<Buffer> {
  const sheet = [
    ['某县 2023 年深化医改重点任务台账', null, null, null, null],
    ['序号', '重点任务', '具体工作', '牵头部门', '完成时限'],
    [1, '推进紧密型县域医共体建设', '制定医共体章程', '县卫健局', '2023年6月底前'],
    [null, null, '统一医共体内药品目录', '县卫健局、县医保局', date(2023, 9, 30)],
    [2, '深化医保支付方式改革', '推进 DRG 付费', '县医保局', '年底前'],
  ];
  return (await writeExcelFile(sheet).toBuffer()) as Buffer;
}
