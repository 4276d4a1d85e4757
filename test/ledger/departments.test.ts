import { describe, expect, it } from 'vitest';
import { splitDepartments } from '../../lib/ledger/departments';

// Huge hostile inputs: a quadratic parser would hang far past this; speed itself is measured in npm run bench.
const BIG_INPUT_TIMEOUT = 120_000;

describe('splitDepartments', () => {
  it('splits on every separator officials use', () => {
    expect(splitDepartments('财政局、人社局，卫计局,发改局；民政局;编办/医保局／市场局')).toEqual([
      '财政局',
      '人社局',
      '卫计局',
      '发改局',
      '民政局',
      '编办',
      '医保局',
      '市场局',
    ]);
  });

  it('splits on whitespace, full-width spaces and line breaks, dropping empties', () => {
    expect(splitDepartments(' 市卫健委\u3000市外办\n市医保局\t 、、 市财政局 ')).toEqual([
      '市卫健委',
      '市外办',
      '市医保局',
      '市财政局',
    ]);
    expect(splitDepartments('')).toEqual([]);
    expect(splitDepartments(' 、， ')).toEqual([]);
  });

  it('does not split inside brackets, and reads a wholly bracketed part as departments of its own', () => {
    expect(splitDepartments('县（区）党委、政府')).toEqual(['县（区）党委', '政府']);
    expect(splitDepartments('市卫健委 (市人民医院)')).toEqual(['市卫健委', '市人民医院']);
    expect(splitDepartments('市卫健委 （市中医院、市妇幼保健院）')).toEqual(['市卫健委', '市中医院', '市妇幼保健院']);
    expect(splitDepartments('(甲)乙(丙)')).toEqual(['(甲)乙(丙)']);
    expect(splitDepartments('市卫健委（市中医院、市妇幼保健院）、市医保局')).toEqual([
      '市卫健委（市中医院、市妇幼保健院）',
      '市医保局',
    ]);
  });

  it('drops the trailing 等 and notes about the table', () => {
    expect(splitDepartments('社管局、组织部、经发局、财政局、社保处等')).toEqual([
      '社管局',
      '组织部',
      '经发局',
      '财政局',
      '社保处',
    ]);
    expect(splitDepartments('建设局、社管局，各镇、街道等')).toEqual(['建设局', '社管局', '各镇', '街道']);
    expect(splitDepartments('社管局（黑体字为牵头部门，下同）')).toEqual(['社管局']);
  });

  it('never throws on odd input', () => {
    expect(splitDepartments(undefined as unknown as string)).toEqual([]);
    expect(splitDepartments('（（（未闭合、括号')).toEqual(['（（（未闭合、括号']);
  });
});

describe('splitDepartments: size', () => {
  it(
    'handles deeply nested brackets and huge cells without recursion or slowdown',
    () => {
      expect(splitDepartments(`${'('.repeat(200_000)}甲${')'.repeat(200_000)}`)).toHaveLength(1);
      expect(splitDepartments(`(${'甲、'.repeat(300_000)})`)).toHaveLength(300_000);
      expect(splitDepartments('市卫健委、'.repeat(500_000))).toHaveLength(500_000);
    },
    BIG_INPUT_TIMEOUT,
  );
});
