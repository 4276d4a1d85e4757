import { describe, expect, it } from 'vitest';
import { CAPTURE_TITLE_MAX, captureDraft, captureTitle } from '../../lib/ledger/capture-draft';
import { findDates } from '../../lib/ledger/capture-dates';
import { REAL_SENTENCES, WRITTEN_SENTENCES, type CaptureCase } from './fixtures/capture-sentences';

function check(c: CaptureCase) {
  const draft = captureDraft({
    selection: c.sentence,
    pageTitle: '页面标题',
    url: 'https://example.gov.cn/notice.html',
    today: c.today,
    departments: c.departments,
    aliases: c.aliases,
  });
  expect(draft.due, 'due').toBe(c.due);
  if (c.deadlineText !== undefined) expect(draft.deadlineText, 'deadlineText').toBe(c.deadlineText);
  if (c.kind) expect(draft.deadlineKind, 'kind').toBe(c.kind);
  if (c.reason) expect(draft.dueReason, 'reason').toBe(c.reason);
  if (c.lead) expect(draft.lead, 'lead').toEqual(c.lead);
  if (c.partners) expect(draft.partners, 'partners').toEqual(c.partners);
  if (c.sendTo) expect(draft.sendTo, 'sendTo').toEqual(c.sendTo);
}

describe('captureDraft on real notice sentences', () => {
  it('has at least 25 real sentences covering dates in a sentence, several dates, none and relative ones', () => {
    expect(REAL_SENTENCES.length).toBeGreaterThanOrEqual(25);
    expect(REAL_SENTENCES.some((c) => c.reason === 'next')).toBe(true);
    expect(REAL_SENTENCES.filter((c) => c.due === null).length).toBeGreaterThanOrEqual(5);
    expect(REAL_SENTENCES.filter((c) => /工作日|日內|次月/.test(c.deadlineText ?? '')).length).toBeGreaterThanOrEqual(
      3,
    );
  });
  for (const c of REAL_SENTENCES) {
    it(`${c.sentence.slice(0, 36)}… (${c.today})`, () => check(c));
  }
});

const nextFriday = (today: string) =>
  captureDraft({ selection: '请于下周五前报送', pageTitle: '', url: '', today }).due;

describe('captureDraft on relative and written phrases', () => {
  for (const c of WRITTEN_SENTENCES) {
    it(`${c.sentence} (${c.today})`, () => check(c));
  }

  it('the due date of 下周五前 moves with today', () => {
    expect(nextFriday('2026-11-30')).toBe('2026-12-11'); // Monday
    expect(nextFriday('2026-12-06')).toBe('2026-12-11'); // Sunday: still the week of 30 Nov
    expect(nextFriday('2026-12-07')).toBe('2026-12-18');
  });

  it('3个工作日内 skips the weekend', () => {
    expect(captureDraft({ selection: '3个工作日内反馈', pageTitle: '', url: '', today: '2026-12-04' }).due).toBe(
      '2026-12-09',
    );
    expect(captureDraft({ selection: '3个工作日内反馈', pageTitle: '', url: '', today: '2026-12-01' }).due).toBe(
      '2026-12-04',
    );
  });

  it('reads a list of months sharing one day (6、8、10、12月3日前) as one deadline each', () => {
    const sentence = REAL_SENTENCES.find((c) => c.sentence.includes('6、8、10、12月3日前'))!.sentence;
    const on = (today: string) => captureDraft({ selection: sentence, pageTitle: '', url: '', today });
    expect(findDates(sentence, '2010-04-02').map((d) => d.due)).toEqual([
      '2010-04-12',
      '2010-06-03',
      '2010-08-03',
      '2010-10-03',
      '2010-12-03',
    ]);
    expect(on('2010-04-13')).toMatchObject({ due: '2010-06-03', deadlineText: '6月3日前', dueReason: 'next' });
    expect(on('2010-08-04')).toMatchObject({ due: '2010-10-03', deadlineText: '10月3日前' });
  });

  it('keeps the other dates it found so the form can offer them', () => {
    const dates = findDates('报送时间分别为4月12日前,12月3日前', '2010-04-02');
    expect(dates.map((d) => [d.text, d.due, d.deadline])).toEqual([
      ['4月12日前', '2010-04-12', true],
      ['12月3日前', '2010-12-03', true],
    ]);
  });
});

describe('captureDraft departments', () => {
  it('a known name inside a longer one, after a place, is still the receiver ("报送至县医改办" with "医改办" known)', () => {
    const draft = captureDraft({
      selection: '请市卫健委牵头、市医保局配合，于2030年12月10日前将进展情况报送至县医改办。',
      pageTitle: '',
      url: '',
      today: '2030-12-01',
      departments: ['市卫健委', '市医保局', '医改办'],
    });
    expect(draft).toMatchObject({ lead: ['市卫健委'], partners: ['市医保局'], sendTo: ['医改办'] });
  });

  it('aliases are matched and give the canonical name', () => {
    const draft = captureDraft({
      selection: '由县卫健委负责，12月底前完成',
      pageTitle: '',
      url: '',
      today: '2026-12-01',
      departments: ['县卫生健康局'],
      aliases: [{ alias: '县卫健委', canonical: '县卫生健康局' }],
    });
    expect(draft.lead).toEqual(['县卫生健康局']);
  });
});

describe('captureDraft title and source', () => {
  it('takes one trimmed line and the page as the source', () => {
    const draft = captureDraft({
      selection: '\n   关于报送2026年医改重点工作进展情况的通知  \n请各单位于12月10日前报送',
      pageTitle: '  县医改办 - 通知公告  ',
      url: 'https://www.example.gov.cn/tzgg/1.html',
      today: '2026-12-01',
    });
    expect(draft.title).toBe('关于报送2026年医改重点工作进展情况的通知');
    expect(draft.source).toEqual({ title: '县医改办 - 通知公告', url: 'https://www.example.gov.cn/tzgg/1.html' });
    // The deadline is read from the whole selection, not only the title line.
    expect(draft.due).toBe('2026-12-10');
    expect(draft.text).toBe('关于报送2026年医改重点工作进展情况的通知 请各单位于12月10日前报送');
  });

  it('bounds a long title at a sentence end, or cuts it with an ellipsis', () => {
    const sentence = '请各单位认真对照年度重点任务清单逐项梳理工作进展情况。'.repeat(8);
    const title = captureTitle(sentence);
    expect(title.length).toBeLessThanOrEqual(CAPTURE_TITLE_MAX);
    expect(title.endsWith('。')).toBe(true);
    const noStop = captureTitle('甲'.repeat(500));
    expect(noStop.length).toBe(CAPTURE_TITLE_MAX);
    expect(noStop.endsWith('…')).toBe(true);
  });

  it('survives junk and huge input without throwing', () => {
    const draft = captureDraft({
      selection: '12月'.repeat(20_000) + '前',
      pageTitle: 'x'.repeat(10_000),
      url: 'u'.repeat(5000),
      today: '2026-12-01',
    });
    expect(draft.title.length).toBeLessThanOrEqual(CAPTURE_TITLE_MAX);
    expect(draft.source.title.length).toBeLessThanOrEqual(500);
    expect(draft.source.url.length).toBeLessThanOrEqual(2000);
    expect(captureDraft({ selection: '', pageTitle: '', url: '', today: 'bad' }).due).toBeNull();
  });
});
