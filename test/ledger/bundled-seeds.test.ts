import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedLedger } from '../../lib/ledger/seed-schema';
import { bundledLedgers } from '../../lib/ledger/bundled-seeds';

const EXPECTED: Record<string, number> = {
  '000-weihai-division.json': 23,
  '000-weihai-key-tasks.json': 25,
  '001-wafangdian.json': 35,
  '002-guyuan.json': 17,
  '003-baishan.json': 92,
  '004-wenzhou.json': 12,
};

describe('bundled seed ledgers', () => {
  const dir = 'seeds/ledgers';
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

  it('has one file per ledger of the five documents', () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const file of Object.keys(EXPECTED)) {
    it(`${file} is valid and holds ${EXPECTED[file]} work items`, () => {
      const ledger = seedLedger.parse(JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')));
      expect(ledger.tasks).toHaveLength(EXPECTED[file]);
      expect(ledger.source.slice(0, 3)).toBe(file.slice(0, 3));
      for (const task of ledger.tasks) {
        expect(task.title).not.toMatch(/\uFFFD/);
        expect(task.lead.filter((d) => task.partners.includes(d))).toEqual([]);
      }
    });
  }

  it('bundles 204 work items with unique ledger ids', () => {
    const ledgers = bundledLedgers();
    expect(ledgers.reduce((n, l) => n + l.tasks.length, 0)).toBe(204);
    expect(new Set(ledgers.map((l) => l.id)).size).toBe(6);
  });

  it('gives the 2021 work plan (003) its year-end default deadline', () => {
    const baishan = bundledLedgers().find((l) => l.source.startsWith('003_'));
    expect(baishan?.defaultDeadline).toBe('2021-12-31');
  });
});
