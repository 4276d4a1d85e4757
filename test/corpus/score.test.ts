import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normalizeHeading,
  ratio,
  scoreLedger,
  sumScores,
  titleKey,
  type ActualTask,
  type ExpectedLedger,
  type ExpectedTask,
} from '../fixtures/real/score';

const task = (over: Partial<ExpectedTask> & { title: string }): ExpectedTask => ({
  group: null,
  lead: [],
  partners: [],
  leaders: [],
  due: null,
  ...over,
});

const expected: Pick<ExpectedLedger, 'tasks'> = {
  tasks: [
    task({
      title: '推进紧密型县域医共体建设，统一管理人财物',
      group: '一、深化医疗改革',
      lead: ['县卫生健康局'],
      partners: ['县医保局', '县财政局'],
      due: '2023-12-31',
    }),
    task({ title: '新增托育机构2所以上。', lead: ['县卫健委'], leaders: ['汪峰', '吴蓓蓓'], due: null }),
  ],
};

const perfect: ActualTask[] = [
  {
    title: '推进紧密型县域医共体建设，统一管理人财物',
    group: '一、深化医疗改革',
    lead: ['县卫生健康局'],
    partners: ['县医保局', '县财政局'],
    due: '2023-12-31',
  },
  {
    title: '新增托育机构2所以上。',
    group: null,
    lead: ['县卫健委'],
    partners: [],
    leaders: ['汪峰', '吴蓓蓓'],
    due: null,
  },
];

describe('scoreLedger', () => {
  it('counts every field of a matching task as correct', () => {
    const score = scoreLedger(expected, perfect);
    expect(score.matchedTasks).toBe(2);
    for (const field of ['lead', 'partners', 'group', 'due', 'leaders'] as const)
      expect(score.fields[field]).toEqual({ correct: 2, total: 2 });
    expect(score.mismatches).toEqual([]);
  });

  it('ignores department order, repeats, whitespace and full/half width, but not a different unit', () => {
    const loose: ActualTask[] = [
      { ...perfect[0], partners: ['县财政局 ', '县 医保局', '县财政局'], group: '（一）深化医疗改革' },
      { ...perfect[1], leaders: ['吴蓓蓓', '汪  峰'] },
    ];
    const ok = scoreLedger(expected, loose);
    expect(ok.fields.partners.correct).toBe(2);
    expect(ok.fields.leaders.correct).toBe(2);
    expect(ok.fields.group.correct).toBe(2);

    const wrong = scoreLedger(expected, [{ ...perfect[0], partners: ['县医保局'] }, perfect[1]]);
    expect(wrong.fields.partners).toEqual({ correct: 1, total: 2 });
    expect(wrong.mismatches).toEqual([
      { title: expected.tasks[0].title, field: 'partners', expected: ['县医保局', '县财政局'], actual: ['县医保局'] },
    ]);
  });

  it('lowers the score for each wrong field, and only that field', () => {
    const actual: ActualTask[] = [
      { ...perfect[0], lead: ['县医保局'], due: '2023-06-30' },
      { ...perfect[1], leaders: [], group: '其他' },
    ];
    const score = scoreLedger(expected, actual);
    expect(score.fields.lead).toEqual({ correct: 1, total: 2 });
    expect(score.fields.due).toEqual({ correct: 1, total: 2 });
    expect(score.fields.leaders).toEqual({ correct: 1, total: 2 });
    expect(score.fields.group).toEqual({ correct: 1, total: 2 });
    expect(score.fields.partners).toEqual({ correct: 2, total: 2 });
  });

  it('a person taken as the lead unit is wrong twice: lead and leaders', () => {
    const score = scoreLedger(expected, [perfect[0], { ...perfect[1], lead: ['汪峰', '吴蓓蓓'], leaders: undefined }]);
    expect(score.fields.lead.correct).toBe(1);
    expect(score.fields.leaders.correct).toBe(1);
  });

  it('counts a missing task as wrong in every field, and reports tasks nobody expected without scoring them', () => {
    const score = scoreLedger(expected, [perfect[1], { title: '多出来的一行', lead: ['某局'] }]);
    expect(score.matchedTasks).toBe(1);
    expect(score.extraTasks).toBe(1);
    for (const field of ['lead', 'partners', 'group', 'due', 'leaders'] as const)
      expect(score.fields[field]).toEqual({ correct: 1, total: 2 });
    expect(score.mismatches[0]).toMatchObject({ field: 'missing', title: expected.tasks[0].title });
    expect(ratio(sumScores([score]).lead)).toBe(0.5);
    expect(ratio(sumScores([scoreLedger(expected, [])]).due)).toBe(0);
  });

  it('matches by the first 20 characters of the title, with or without the item number', () => {
    const long = '推进紧密型县域医共体建设，统一管理人财物，实行县乡一体化管理（这一句解析器可能保留）';
    const score = scoreLedger(expected, [{ ...perfect[0], title: `1. ${long}` }, perfect[1]]);
    expect(score.matchedTasks).toBe(2);
    expect(titleKey('1.努力实现地区生产总值增长6.2%左右。')).toBe('努力实现地区生产总值增长6.2%左右');
    expect(normalizeHeading('（一）打好防范化解重大风险攻坚战')).toBe('打好防范化解重大风险攻坚战');
    expect(normalizeHeading('2023年重点工作')).toBe('2023年重点工作');
    // The key stops at the first full stop: a title kept as the heading sentence alone still matches.
    expect(titleKey('1.实行医疗联合体网格化管理。制定本市医疗联合体布局规划')).toBe('实行医疗联合体网格化管理');
    const headed = {
      tasks: [task({ title: '实行医疗联合体网格化管理。制定本市医疗联合体布局规划', lead: ['市卫生计生委'] })],
    };
    expect(scoreLedger(headed, [{ title: '实行医疗联合体网格化管理', lead: ['市卫生计生委'] }]).matchedTasks).toBe(1);
    expect(
      scoreLedger(headed, [
        {
          title: '1. 实行医疗联合体网格化管理。制定本市医疗联合体布局规划，实行医疗联合体网格化管理',
          lead: ['市卫生计生委'],
        },
      ]).matchedTasks,
    ).toBe(1);
    // A title that only shares the first few characters is not a match.
    expect(scoreLedger(expected, [{ ...perfect[0], title: '推进紧密型县域医共体' }]).matchedTasks).toBe(0);
  });

  it('keeps document order: two tasks with the same start are matched in turn, not both to the first', () => {
    const twin: Pick<ExpectedLedger, 'tasks'> = {
      tasks: [
        task({ title: '同一开头的任务甲乙丙丁戊己庚辛壬癸一二三', lead: ['甲局'] }),
        task({ title: '同一开头的任务甲乙丙丁戊己庚辛壬癸一二三', lead: ['乙局'] }),
      ],
    };
    const score = scoreLedger(twin, [
      { title: '同一开头的任务甲乙丙丁戊己庚辛壬癸一二三', lead: ['甲局'] },
      { title: '同一开头的任务甲乙丙丁戊己庚辛壬癸一二三', lead: ['乙局'] },
    ]);
    expect(score.fields.lead).toEqual({ correct: 2, total: 2 });
  });
});

describe('corpus expectations', () => {
  const root = new URL('../fixtures/real/', import.meta.url);
  const files = ['ledgers', 'text'].flatMap((dir) =>
    readdirSync(new URL(`${dir}/`, root))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => new URL(`${dir}/${f}`, root)),
  );

  it('every expectation file is well-formed: source, year, real dates, titles long enough to match', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const doc = JSON.parse(readFileSync(file, 'utf8')) as ExpectedLedger;
      const where = file.pathname.split('/').slice(-2).join('/');
      expect(doc.source.title, where).toMatch(/\S/);
      expect(doc.source.url, where).toMatch(/^https?:\/\//);
      expect(doc.year === null || Number.isInteger(doc.year), where).toBe(true);
      expect(doc.tasks.length, where).toBeGreaterThan(0);
      for (const t of doc.tasks) {
        expect(normalizeHeading(t.title).length, `${where}: ${t.title}`).toBeGreaterThanOrEqual(4);
        for (const key of ['lead', 'partners', 'leaders'] as const)
          expect(Array.isArray(t[key]), `${where}: ${t.title} ${key}`).toBe(true);
        if (t.due !== null) {
          expect(t.due, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          const d = new Date(`${t.due}T00:00:00Z`);
          expect(d.toISOString().slice(0, 10), `${where}: ${t.due} is a real day`).toBe(t.due);
        }
      }
      // Two tasks with the same title key would make matching depend on order alone: say so in the title instead.
      const keys = doc.tasks.map((t) => titleKey(t.title));
      expect(new Set(keys).size, `${where}: distinct title keys`).toBe(keys.length);
    }
  });

  it('every expectation has its document beside it, and every document its expectation', () => {
    for (const dir of ['ledgers', 'text']) {
      const names = readdirSync(new URL(`${dir}/`, root));
      const docs = names.filter((f) => /\.(html|txt|tsv)$/.test(f));
      const expectations = new Set(
        names.filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')),
      );
      for (const doc of docs)
        expect(expectations.has(doc.replace(/\.(html|txt|tsv)$/, '')), `${dir}/${doc}`).toBe(true);
      for (const name of expectations)
        expect(
          docs.some((d) => d.startsWith(`${name}.`)),
          `${dir}/${name}`,
        ).toBe(true);
    }
  });
});
