export type Expected = [kind: 'date' | 'span' | 'recurring' | 'open', due: string | null, start: string | null];

/**
 * Every distinct 时间进度安排 / 完成时限 / 完成时间 string in the ledgers of the five source documents
 * (/work/shared/seeds/*.txt), with the due date worked out by hand.
 */
export const SEED_DEADLINES: Record<string, Expected> = {
  // 000 威海经济技术开发区, 附件2 and 附件3
  '2020 年年底前完成': ['date', '2020-12-31', null],
  '2019 年年底前完成': ['date', '2019-12-31', null],
  '2020年年底前完成': ['date', '2020-12-31', null],
  '2019年年底前完成': ['date', '2019-12-31', null],
  按照省市部署要求完成: ['open', null, null],
  按省市部署要求完成: ['open', null, null],
  // 001 瓦房店市, 重点任务分解表
  '2017年-2020年': ['span', '2020-12-31', '2017-01-01'],
  '2017-2020年': ['span', '2020-12-31', '2017-01-01'],
  '2017年': ['date', '2017-12-31', null],
  '2017-2018年': ['span', '2018-12-31', '2017-01-01'],
  '2017年-2018年': ['span', '2018-12-31', '2017-01-01'],
  // 002 固原市, 任务分工及完成时限
  '2020年11月底前': ['date', '2020-11-30', null],
  '2020年12月底前': ['date', '2020-12-31', null],
  '2021年3月底前': ['date', '2021-03-31', null],
  '2021年6月底前': ['date', '2021-06-30', null],
  '2021年12月底前': ['date', '2021-12-31', null],
  // 003 白山市 has no deadline column (a blank cell), 004 温州市 先行先试重点工作分解表
  '': ['open', null, null],
  '2017年底前': ['date', '2017-12-31', null],
  '2018年底前': ['date', '2018-12-31', null],
};
