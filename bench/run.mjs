// npm run bench: builds the extension twice into bench/out (as shipped, and with the bench pages), measures speed
// in one Chromium process and bundle sizes, prints a table, writes bench/results.json and the README section.
// Exits 1 when a budget in bench/budgets.mjs is missed.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { checkBudgets } from './budgets.mjs';
import { launch, openHarness, timeOptions, timePage } from './browser.mjs';
import { machine } from './machine.mjs';
import { resultsTable, saveResults, writeReadme } from './report.mjs';
import { pageGraph } from './sizes.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const SIZES = [
  { tasks: 500, ledgers: 50 },
  { tasks: 5000, ledgers: 50 },
  { tasks: 50000, ledgers: 500 },
];
const PAGES = ['popup.html', 'sidepanel.html'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function build(outDir, env = {}) {
  const run = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, ...env, WXT_OUT_DIR: outDir }, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`wxt build into ${outDir} failed`);
  return resolve(outDir, 'chrome-mv3');
}

async function timeChecklist(context, id, harness) {
  const rows = [];
  for (const size of SIZES) {
    const count = await harness.evaluate(({ ledgers, tasks }) => window.bench.seedChecklist(ledgers, tasks / ledgers), size);
    if (count !== size.tasks) throw new Error(`seeded ${count} tasks, wanted ${size.tasks}`);
    for (const page of PAGES) await timePage(context, id, page, true);
    const times = { blank: [], text: [], 'popup.html': [], 'sidepanel.html': [] };
    for (let i = 0; i < RUNS; i++) {
      times.blank.push((await timePage(context, id, 'bench-blank.html', false)).first);
      times.text.push((await timePage(context, id, 'bench-text.html', true)).painted);
      for (const page of PAGES) times[page].push(await timePage(context, id, page, true));
    }
    const blankMs = median(times.blank);
    const textPaintedMs = median(times.text);
    for (const page of PAGES) {
      const samples = times[page].map((t) => t.first);
      const liveSamples = times[page].map((t) => t.live);
      const paintedSamples = times[page].map((t) => t.painted);
      const firstRowMs = median(samples);
      const liveRowMs = median(liveSamples);
      const paintedRowMs = median(paintedSamples);
      rows.push({
        page, ...size, runs: RUNS, firstRowMs, paintedRowMs, liveRowMs, blankMs, textPaintedMs,
        ratio: firstRowMs / blankMs, paintedRatio: paintedRowMs / textPaintedMs, liveRatio: liveRowMs / blankMs,
        samples, paintedSamples, liveSamples, blankSamples: times.blank, textPaintedSamples: times.text,
      });
    }
    console.error(`checklist ${size.tasks}: ${rows.slice(-2).map((r) => `${r.page} ${r.firstRowMs.toFixed(0)} ms (painted ${r.paintedRowMs.toFixed(0)} ms, live ${r.liveRowMs.toFixed(0)} ms)`).join(', ')}, blank ${blankMs.toFixed(0)} ms, one static line painted ${textPaintedMs.toFixed(0)} ms`);
  }
  return rows;
}

const plain = build('bench/out/plain');
const benchBuild = build('bench/out/bench', { BENCH: '1' });
const { context, id, version } = await launch(benchBuild);
const results = { date: new Date().toISOString(), machine: machine(version) };
try {
  const harness = await openHarness(context, id);
  results.checklist = await timeChecklist(context, id, harness);
  // The checklist left 50,000 tasks in 500 ledgers; ten years of figures for 30 units join them.
  const figures = await harness.evaluate(() => window.bench.seedFigures(30, 120));
  const optionTimes = [];
  for (let i = 0; i < RUNS; i++) optionTimes.push(await timeOptions(context, id));
  results.options = {
    tasks: 50_000, units: 30, months: 120, figures, runs: RUNS,
    ledgersMs: median(optionTimes.map((t) => t.ledgersMs)),
    indicatorsMs: median(optionTimes.map((t) => t.indicatorsMs)),
  };
  results.upcoming = await harness.evaluate(() => window.bench.upcomingQuery());
  results.tableImport = await harness.evaluate(() => window.bench.tableImport(1000));
  results.backup = await harness.evaluate(() => window.bench.backupRestore(500, 100));
  results.xlsx = await harness.evaluate(() => window.bench.xlsxExport(5000, 20, 36));
  results.reportForms = await harness.evaluate(() => window.bench.reportForms(50, 200));
} finally {
  await context.close();
}
// The checklist's database code (lib/ui/checklist/checklist-data.ts, with Dexie) loads right after the first paint.
results.bundles = ['popup.html', 'sidepanel.html', 'options.html'].map((page) => pageGraph(plain, page, ['checklist-data']));
results.budgets = checkBudgets(results);
results.table = resultsTable(results);

console.log(results.table);
saveResults('bench/results.json', results);
writeReadme('README.md', results);
if (results.budgets.some((c) => !c.ok)) process.exitCode = 1;
