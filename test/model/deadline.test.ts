import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../lib/model/deadline';
import { SEED_DEADLINES, type Expected } from '../ledger/seed-deadlines';

// Huge hostile inputs: a quadratic parser would hang far past this; speed itself is measured in npm run bench.
const BIG_INPUT_TIMEOUT = 120_000;

function expectDeadline(text: string, [kind, due, start]: Expected, context?: { year?: number }) {
  expect(parseDeadline(text, context)).toEqual({ kind, due, start, text });
}

describe('parseDeadline: the source documents’ ledgers', () => {
  for (const [text, expected] of Object.entries(SEED_DEADLINES)) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expectDeadline(text, expected);
      // The document year must not change an absolute date.
      expectDeadline(text, expected, { year: 2016 });
    });
  }
});

describe('parseDeadline: forms used in official documents', () => {
  const cases: Array<[string, Expected]> = [
    ['2022年年底前', ['date', '2022-12-31', null]],
    ['2022年底前完成', ['date', '2022-12-31', null]],
    ['2022年末', ['date', '2022-12-31', null]],
    ['2022年度', ['date', '2022-12-31', null]],
    ['2022年内完成', ['date', '2022-12-31', null]],
    ['2022年6月底前', ['date', '2022-06-30', null]],
    ['2022年9月底前', ['date', '2022-09-30', null]],
    ['2022年6月', ['date', '2022-06-30', null]],
    ['2022年6月份', ['date', '2022-06-30', null]],
    ['2022年6月15日前', ['date', '2022-06-15', null]],
    ['2022年6月15号', ['date', '2022-06-15', null]],
    ['截至2022年6月30日', ['date', '2022-06-30', null]],
    ['2022年6月上旬', ['date', '2022-06-10', null]],
    ['2022年6月中旬', ['date', '2022-06-20', null]],
    ['2022年6月下旬', ['date', '2022-06-30', null]],
    ['2022年上半年', ['date', '2022-06-30', null]],
    ['2022年下半年', ['date', '2022-12-31', null]],
    ['2022年第一季度', ['date', '2022-03-31', null]],
    ['2022年第2季度', ['date', '2022-06-30', null]],
    ['2022年三季度末', ['date', '2022-09-30', null]],
    ['2022年四季度', ['date', '2022-12-31', null]],
    ['2022年一季度末前', ['date', '2022-03-31', null]],
    ['2022.6.30', ['date', '2022-06-30', null]],
    ['2022.6.30前', ['date', '2022-06-30', null]],
    ['2022/6/30', ['date', '2022-06-30', null]],
    ['2022-06-30', ['date', '2022-06-30', null]],
    ['2022-06', ['date', '2022-06-30', null]],
    ['2022-6', ['date', '2022-06-30', null]],
    ['2022.11', ['date', '2022-11-30', null]],
    ['2022/02', ['date', '2022-02-28', null]],
    ['20220615', ['date', '2022-06-15', null]],
    ['２０２２年６月３０日前', ['date', '2022-06-30', null]],
    ['２０２２．６．３０', ['date', '2022-06-30', null]],
    ['2020 年 年底前', ['date', '2020-12-31', null]],
    ['2020\u3000年\u3000年底前', ['date', '2020-12-31', null]],
    [' 2021 年 3 月 底 前 ', ['date', '2021-03-31', null]],
    ['2021年\n6月底前', ['date', '2021-06-30', null]],
    ['二〇二二年', ['date', '2022-12-31', null]],
    ['二○二二年', ['date', '2022-12-31', null]],
    ['二〇二二年十二月底前', ['date', '2022-12-31', null]],
    ['二〇二一年三月十五日前', ['date', '2021-03-15', null]],
    ['二〇二一年九月三十日', ['date', '2021-09-30', null]],
    ['二零二三年上半年', ['date', '2023-06-30', null]],
    ['2019年底前启动，2020年底前完成', ['date', '2020-12-31', null]],
    ['2020年底前完成，2019年底前启动', ['date', '2020-12-31', null]],
    ['2021年6月底前出台方案，年底前全面推开', ['date', '2021-12-31', null]],
    ['2021年3月启动，6月底前完成', ['date', '2021-06-30', null]],
    ['2017-2020年，2018年底前完成首批', ['span', '2020-12-31', '2017-01-01']],
    ['截至2022年底', ['date', '2022-12-31', null]],
    ['2022年6月30日之前', ['date', '2022-06-30', null]],
    ['2021年6月底前、2021年12月底前', ['date', '2021-12-31', null]],
    ['2023年6月底前（每季度报送进展）', ['date', '2023-06-30', null]],
    ['2020底前', ['date', '2020-12-31', null]],
  ];
  for (const [text, expected] of cases) it(`reads ${JSON.stringify(text)}`, () => expectDeadline(text, expected));
});

describe('parseDeadline: ranges', () => {
  const cases: Array<[string, Expected]> = [
    ['2017-2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017-2020', ['span', '2020-12-31', '2017-01-01']],
    ['2017—2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017——2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017–2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017～2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017~2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017〜2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017－2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017至2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017年至2020年底', ['span', '2020-12-31', '2017-01-01']],
    ['2017年起至2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017到2020年', ['span', '2020-12-31', '2017-01-01']],
    ['2017-18年', ['span', '2018-12-31', '2017-01-01']],
    ['2021年3月至6月', ['span', '2021-06-30', '2021-03-01']],
    ['2021年3月-6月', ['span', '2021-06-30', '2021-03-01']],
    ['2021年3-6月', ['span', '2021-06-30', '2021-03-01']],
    ['2021年3月至2022年6月', ['span', '2022-06-30', '2021-03-01']],
    ['2021年10月-2022年3月底', ['span', '2022-03-31', '2021-10-01']],
    ['2021年3月1日至15日', ['span', '2021-03-15', '2021-03-01']],
    ['2021年3月10日至4月15日', ['span', '2021-04-15', '2021-03-10']],
    ['2021年3月至年底', ['span', '2021-12-31', '2021-03-01']],
    ['2021.3-2021.6', ['span', '2021-06-30', '2021-03-01']],
    ['2021年下半年至2022年上半年', ['span', '2022-06-30', '2021-07-01']],
    ['“十四五”期间', ['span', '2025-12-31', '2021-01-01']],
    ['"十四五"时期', ['span', '2025-12-31', '2021-01-01']],
    ['十四五', ['span', '2025-12-31', '2021-01-01']],
    ['“十三五”期间', ['span', '2020-12-31', '2016-01-01']],
    ['十二五', ['span', '2015-12-31', '2011-01-01']],
    ['十五五期间', ['span', '2030-12-31', '2026-01-01']],
  ];
  for (const [text, expected] of cases) it(`reads ${JSON.stringify(text)}`, () => expectDeadline(text, expected));

  it('reads the end of a plan period as a date', () => {
    expectDeadline('“十四五”末', ['date', '2025-12-31', null]);
    expectDeadline('十三五末期', ['date', '2020-12-31', null]);
  });

  it('does not read a range that runs backwards, but still reads its dates', () => {
    expectDeadline('2020年-2017年', ['date', '2020-12-31', null]);
  });

  it('does not take numbers that are not years for a range', () => {
    expectDeadline('2000-4000人', ['open', null, null]);
    expectDeadline('每3-10万居民', ['open', null, null]);
    expectDeadline('2.5公里', ['open', null, null]);
    expectDeadline('1234年', ['open', null, null]);
  });
});

describe('parseDeadline: relative forms and the document year', () => {
  const cases: Array<[string, Expected, Expected]> = [
    // text, with { year: 2021 }, without a year
    ['年底前', ['date', '2021-12-31', null], ['open', null, null]],
    ['年底前完成', ['date', '2021-12-31', null], ['open', null, null]],
    ['年内完成', ['date', '2021-12-31', null], ['open', null, null]],
    ['今年年底前', ['date', '2021-12-31', null], ['open', null, null]],
    ['本年度', ['date', '2021-12-31', null], ['open', null, null]],
    ['6月底前', ['date', '2021-06-30', null], ['open', null, null]],
    ['6月15日前', ['date', '2021-06-15', null], ['open', null, null]],
    ['十二月底前', ['date', '2021-12-31', null], ['open', null, null]],
    ['十一月', ['date', '2021-11-30', null], ['open', null, null]],
    ['上半年', ['date', '2021-06-30', null], ['open', null, null]],
    ['下半年', ['date', '2021-12-31', null], ['open', null, null]],
    ['一季度末', ['date', '2021-03-31', null], ['open', null, null]],
    ['二季度末', ['date', '2021-06-30', null], ['open', null, null]],
    ['三季度末', ['date', '2021-09-30', null], ['open', null, null]],
    ['四季度末', ['date', '2021-12-31', null], ['open', null, null]],
    ['第三季度', ['date', '2021-09-30', null], ['open', null, null]],
    ['3月至6月', ['span', '2021-06-30', '2021-03-01'], ['open', null, null]],
    ['明年6月底前', ['date', '2022-06-30', null], ['open', null, null]],
    ['次年底前', ['date', '2022-12-31', null], ['open', null, null]],
  ];
  for (const [text, withYear, withoutYear] of cases) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expectDeadline(text, withYear, { year: 2021 });
      expectDeadline(text, withoutYear);
      expectDeadline(text, withoutYear, {});
    });
  }

  it('ignores a context year that is not a year', () => {
    expectDeadline('年底前', ['open', null, null], { year: Number.NaN });
    expectDeadline('年底前', ['open', null, null], { year: 20_210 });
    expectDeadline('年底前', ['open', null, null], { year: 2021.5 });
  });

  it('does not read a duration ("三年内") as this year', () => {
    expectDeadline('三年内完成', ['open', null, null], { year: 2021 });
    expectDeadline('2年内', ['open', null, null], { year: 2021 });
    expectDeadline('为期1年', ['open', null, null], { year: 2021 });
  });

  it('lets a year written earlier in the text win over the context year', () => {
    expectDeadline('2019年启动，年底前完成', ['date', '2019-12-31', null], { year: 2021 });
  });
});

describe('parseDeadline: recurring and open duties', () => {
  const recurring = [
    '每月',
    '每月10日前',
    '每月底前',
    '每个月',
    '每季度',
    '每季度末',
    '每季',
    '每半年',
    '每年',
    '每年年底前',
    '每年6月底前',
    '每周',
    '每周五',
    '每星期',
    '每旬',
    '每日',
    '每天',
    '定期',
    '定期开展',
    '按月报送',
    '按季度报送',
    '每两年',
    '每3个月',
  ];
  for (const text of recurring) {
    it(`reads ${JSON.stringify(text)} as recurring`, () => {
      expectDeadline(text, ['recurring', null, null]);
      expectDeadline(text, ['recurring', null, null], { year: 2021 });
    });
  }

  it('keeps the start of a recurring duty', () => {
    expectDeadline('2021年起每月10日前', ['recurring', null, '2021-01-01']);
    expectDeadline('自2022年7月起每季度', ['recurring', null, '2022-07-01']);
  });

  it('prefers a written-out year over a repetition inside the same text', () => {
    expectDeadline('2017-2020年，每年50名', ['span', '2020-12-31', '2017-01-01']);
  });

  const open = [
    '长期坚持',
    '持续推进',
    '按照省市部署要求完成',
    '按省市部署要求完成',
    '按上级要求',
    '按上级要求完成',
    '长期',
    '常态化开展',
    '不定期',
    '逐年提高',
    '',
    '   ',
    '——',
    '/',
    '待定',
    '根据国家统一部署',
  ];
  for (const text of open)
    it(`reads ${JSON.stringify(text)} as open`, () => expectDeadline(text, ['open', null, null]));

  it('reads a start without an end as open', () => {
    expectDeadline('2021年起实施', ['open', null, '2021-01-01']);
    expectDeadline('2021年以后', ['open', null, '2021-01-01']);
  });
});

describe('parseDeadline: calendar edge cases', () => {
  it('knows leap years', () => {
    expectDeadline('2024年2月底', ['date', '2024-02-29', null]);
    expectDeadline('2023年2月底', ['date', '2023-02-28', null]);
    expectDeadline('2000年2月底前', ['date', '2000-02-29', null]);
    expectDeadline('2100年2月底前', ['date', '2100-02-28', null]);
    expectDeadline('2024-02', ['date', '2024-02-29', null]);
    expectDeadline('2月底前', ['date', '2024-02-29', null], { year: 2024 });
    expectDeadline('2024年一季度', ['date', '2024-03-31', null]);
  });

  it('clamps a day past the end of the month into the month', () => {
    expectDeadline('2021年2月30日', ['date', '2021-02-28', null]);
    expectDeadline('2024年2月30日前', ['date', '2024-02-29', null]);
    expectDeadline('2021年4月31日', ['date', '2021-04-30', null]);
    expectDeadline('2021.2.29', ['date', '2021-02-28', null]);
  });

  it('never returns an impossible month or day', () => {
    expectDeadline('2021年13月', ['date', '2021-12-31', null]);
    expectDeadline('2021年6月45日', ['date', '2021-06-30', null]);
    expectDeadline('2021年0月', ['date', '2021-12-31', null]);
    expectDeadline('20211345', ['open', null, null]);
  });

  it('returns the input text unchanged', () => {
    const text = ' ２０２２年 6月底前\n';
    expect(parseDeadline(text).text).toBe(text);
  });
});

describe('parseDeadline: hostile input', () => {
  it('never names a year above its own maximum, 2100', () => {
    expectDeadline('2100-99年', ['open', null, null]);
    expectDeadline('2098-99年', ['span', '2099-12-31', '2098-01-01']);
    expectDeadline('次年6月底前', ['open', null, null], { year: 2100 });
    expectDeadline('明年年底前', ['open', null, null], { year: 2100 });
    expectDeadline('次年6月底前', ['date', '2100-06-30', null], { year: 2099 });
    expectDeadline('2100年底前，次年3月底前完成', ['date', '2100-12-31', null]);
  });

  it('never throws on non-string input', () => {
    for (const value of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(parseDeadline(value)).toMatchObject({ kind: 'open', due: null, start: null });
    }
  });

  it(
    'reads 5 MB of junk in linear time',
    () => {
      const unit = '2022年6月-1十四五每月〇〇二年第1季99999999999至"（、　\t\uD800\u0000';
      const junk = unit.repeat(Math.ceil(5_000_000 / unit.length));
      const result = parseDeadline(junk);
      expect(result.due === null || /^\d{4}-\d{2}-\d{2}$/.test(result.due)).toBe(true);
    },
    BIG_INPUT_TIMEOUT,
  );

  it(
    'handles very long digit runs and separators without slowing down',
    () => {
      for (const junk of [
        '1'.repeat(2_000_000),
        '2022-'.repeat(400_000),
        '2022年'.repeat(400_000),
        '每'.repeat(2_000_000),
        '-'.repeat(2_000_000),
      ]) {
        parseDeadline(junk);
      }
    },
    BIG_INPUT_TIMEOUT,
  );

  it('still finds the latest date in a long text', () => {
    const text = `${'2019年底前启动，'.repeat(50_000)}2020年6月底前完成`;
    expectDeadline(text, ['date', '2020-06-30', null]);
  });
});

describe('parseDeadline: the bundled seed ledgers', () => {
  const dir = 'seeds/ledgers';
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
  const deadlines = new Set<string>();
  for (const file of files) {
    const ledger = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { tasks?: Array<{ deadline?: unknown }> };
    for (const task of ledger.tasks ?? []) if (typeof task.deadline === 'string') deadlines.add(task.deadline);
  }

  // A transcription that introduces a new deadline wording needs a hand-checked expectation above.
  it.skipIf(files.length === 0)('has a hand-checked expectation for every deadline in seeds/ledgers', () => {
    const unknown = [...deadlines].filter((d) => !(d in SEED_DEADLINES));
    expect(unknown).toEqual([]);
    for (const d of deadlines) expectDeadline(d, SEED_DEADLINES[d]);
  });
});
