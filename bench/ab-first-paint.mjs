// A/B of the popup and side panel first paint in one Chromium process: with the page copy, without it (its
// localStorage key removed before any script runs), and without any snapshot. Uses the bench build in bench/out/bench
// (build it with `npm run bench -- --only=checklist` first): `node bench/ab-first-paint.mjs --sizes 50000 --runs 7`.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, openHarness, timePage } from './browser.mjs';
import { median } from './cases.mjs';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string' },
    runs: { type: 'string' },
    pages: { type: 'string' },
    variants: { type: 'string' },
  },
});
const sizes = (args.sizes ?? '5000,50000').split(',').map(Number);
const runs = Number(args.runs ?? 7);
const pages = (args.pages ?? 'popup.html,sidepanel.html').split(',');
const VARIANTS = {
  copy: [],
  nocopy: ['firstPaint.copy.popup', 'firstPaint.copy.sidepanel'],
  none: ['firstPaint.copy.popup', 'firstPaint.copy.sidepanel', 'checklist.firstPaint'],
};
const variants = (args.variants ?? 'copy,nocopy,none').split(',');
const { context, id } = await launch(resolve('bench/out/bench/chrome-mv3'));
const harness = await openHarness(context, id);
const perLedger = { 5000: 100, 50000: 100, 500: 10 };
for (const tasks of sizes) {
  const n = await harness.evaluate(
    ([l, p]) => window.bench.seedChecklist(l, p),
    [tasks / perLedger[tasks], perLedger[tasks]],
  );
  for (const page of pages) await timePage(context, id, page, true);
  const t = { blank: [], text: [] };
  for (let i = 0; i < runs; i++) {
    t.blank.push((await timePage(context, id, 'bench-blank.html', false)).first);
    t.text.push((await timePage(context, id, 'bench-text.html', true)).painted);
    for (const page of pages)
      for (const v of variants) {
        const r = await timePage(context, id, page, true, VARIANTS[v]);
        (t[`${page} ${v}`] ??= []).push(r);
      }
  }
  const blank = median(t.blank);
  const text = median(t.text);
  console.log(`${n} tasks: blank ${blank.toFixed(0)} ms, static line painted ${text.toFixed(0)} ms`);
  for (const page of pages)
    for (const v of variants) {
      const s = t[`${page} ${v}`];
      const first = median(s.map((x) => x.first));
      const painted = median(s.map((x) => x.painted));
      const live = median(s.map((x) => x.live));
      console.log(
        `  ${page.padEnd(15)} ${v.padEnd(7)} first ${first.toFixed(0).padStart(4)}  painted ${painted.toFixed(0).padStart(4)} (${(painted / text).toFixed(2)}×)  live ${live.toFixed(0).padStart(4)} (${(live / blank).toFixed(2)}×)`,
      );
    }
}
await context.close();
