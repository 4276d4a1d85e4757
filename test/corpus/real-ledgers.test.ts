// Runs every real document in test/fixtures/real through the public parsers and scores them against the values
// set by reading the documents (test/fixtures/real/README.md): .html → parseLedgerHtml, .tsv → parseLedgerTable,
// .txt → parseLedgerText, each with the document's year.
import { readdirSync, readFileSync } from 'node:fs';
import { DOMParser as LinkedomDOMParser } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseLedgerHtml } from '../../lib/ledger/table-html';
import { parseLedgerTable } from '../../lib/ledger/table-import';
import { parseLedgerText } from '../../lib/ledger/text-ledger';
import {
  SCORED_FIELDS,
  ratio,
  scoreLedger,
  sumScores,
  type ActualTask,
  type ExpectedLedger,
  type LedgerScore,
  type ScoredField,
} from '../fixtures/real/score';

const THRESHOLD = 0.95;
const root = new URL('../fixtures/real/', import.meta.url);

interface Case {
  file: string;
  kind: 'html' | 'tsv' | 'txt';
  expected: ExpectedLedger;
  text: string;
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const dir of ['ledgers', 'text']) {
    for (const name of readdirSync(new URL(`${dir}/`, root)).sort()) {
      const m = /^(.*)\.(html|tsv|txt)$/.exec(name);
      if (!m) continue;
      const expected = JSON.parse(
        readFileSync(new URL(`${dir}/${m[1]}.expected.json`, root), 'utf8'),
      ) as ExpectedLedger;
      cases.push({
        file: `${dir}/${name}`,
        kind: m[2] as Case['kind'],
        expected,
        text: readFileSync(new URL(`${dir}/${name}`, root), 'utf8'),
      });
    }
  }
  return cases;
}

function parse(c: Case): readonly ActualTask[] {
  const options = c.expected.year === null ? {} : { year: c.expected.year };
  const result =
    c.kind === 'html'
      ? parseLedgerHtml(c.text, options)
      : c.kind === 'tsv'
        ? parseLedgerTable(c.text, options)
        : parseLedgerText(c.text, options);
  return result.tasks as readonly ActualTask[];
}

const pct = (r: number) => `${(r * 100).toFixed(1)}%`;

function line(label: string, fields: Record<ScoredField, { correct: number; total: number }>): string {
  return `${label.padEnd(52)} ${SCORED_FIELDS.map((f) => `${f} ${fields[f].correct}/${fields[f].total}`).join('  ')}`;
}

describe('real ledgers from public government documents', () => {
  const cases = loadCases();
  const scores = new Map<string, LedgerScore>();

  beforeAll(() => {
    (globalThis as { DOMParser?: unknown }).DOMParser = LinkedomDOMParser;
  });

  it('has the corpus', () => {
    expect(cases.filter((c) => c.kind === 'html').length).toBeGreaterThanOrEqual(12);
    expect(cases.filter((c) => c.kind === 'txt').length).toBeGreaterThanOrEqual(8);
  });

  for (const c of cases) {
    it(`parses ${c.file} without throwing`, () => {
      const tasks = parse(c);
      scores.set(c.file, scoreLedger(c.expected, tasks));
    });
  }

  it(`gets at least ${THRESHOLD * 100}% of each field right over the corpus, and per kind`, () => {
    const report: string[] = [];
    for (const c of cases) {
      const s = scores.get(c.file);
      if (!s) continue;
      report.push(
        line(c.file, s.fields) +
          (s.matchedTasks < s.expectedTasks ? `  (${s.expectedTasks - s.matchedTasks} missing)` : ''),
      );
      for (const m of s.mismatches)
        report.push(
          `    ${m.field}: ${m.title.slice(0, 20)} expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.actual)}`,
        );
    }
    const byKind = (kind: Case['kind']) =>
      sumScores(cases.filter((c) => c.kind === kind).flatMap((c) => scores.get(c.file) ?? []));
    const total = sumScores([...scores.values()]);
    for (const kind of ['html', 'tsv', 'txt'] as const) report.push(line(`TOTAL .${kind}`, byKind(kind)));
    report.push(line('TOTAL', total));
    report.push(`accuracy: ${SCORED_FIELDS.map((f) => `${f} ${pct(ratio(total[f]))}`).join(', ')}`);
    console.log(report.join('\n'));
    expect(scores.size).toBe(cases.length);
    for (const kind of ['html', 'tsv', 'txt'] as const) {
      const fields = byKind(kind);
      for (const f of SCORED_FIELDS) expect(ratio(fields[f]), `.${kind} ${f}`).toBeGreaterThanOrEqual(THRESHOLD);
    }
    for (const f of SCORED_FIELDS) expect(ratio(total[f]), `total ${f}`).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
