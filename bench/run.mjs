// npm run bench: builds the extension twice into bench/out (as shipped, and with the bench pages), measures speed
// in one Chromium process and bundle sizes, prints a table, writes bench/results.json and the README section.
// Exits 1 when a budget in bench/budgets.mjs is missed.
//
// A subset: `npm run bench -- --only=checklist,backup --sizes=5000 --runs=5` (cases by name, see bench/cases.mjs).
// A subset prints its table and budgets and writes bench/results.partial.json; README and results.json are left as
// they are, since they show a full run.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets } from './budgets.mjs';
import { launch, openHarness } from './browser.mjs';
import { CASES } from './cases.mjs';
import { machine } from './machine.mjs';
import { resultsTable, saveResults, writeReadme } from './report.mjs';
import { LIVE_CHUNKS, pageGraph } from './sizes.mjs';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    sizes: { type: 'string' },
    runs: { type: 'string' },
    'no-build': { type: 'boolean' },
  },
});
const only = args.only ? args.only.split(',') : null;
const unknown = (only ?? []).filter((name) => !CASES.some((c) => c.name === name) && name !== 'sizes');
if (unknown.length)
  throw new Error(`unknown bench case ${unknown.join(', ')}; cases: ${CASES.map((c) => c.name).join(', ')}, sizes`);
const options = {
  runs: Number(args.runs ?? process.env.BENCH_RUNS ?? 9),
  sizes: args.sizes ? args.sizes.split(',').map(Number) : null,
};

function build(outDir, env = {}) {
  if (args['no-build']) return resolve(outDir, 'chrome-mv3');
  const run = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, ...env, WXT_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`wxt build into ${outDir} failed`);
  return resolve(outDir, 'chrome-mv3');
}

const cases = CASES.filter((c) => !only || only.includes(c.name));
const plain = !only || only.includes('sizes') ? build('bench/out/plain') : null;
const results = { date: new Date().toISOString() };
if (cases.length > 0) {
  const benchBuild = build('bench/out/bench', { BENCH: '1' });
  const { context, id, version } = await launch(benchBuild);
  results.machine = machine(version);
  try {
    const harness = await openHarness(context, id);
    // Each case leaves the database as the next expects it (the checklist's last size stays for the options page).
    for (const c of cases) {
      // A fresh harness page for each case: the restore's 23 MB of garbage made the HTML paste after it 2× slower.
      await harness.reload();
      await harness.waitForFunction(() => document.title === 'bench ready');
      results[c.name] = await c.run({ context, id, harness, ...options });
      console.error(`${c.name}: done`);
    }
  } finally {
    await context.close();
  }
} else results.machine = machine('—');
// After the first paint the page module (lib/ui/checklist/mount-page.tsx) loads, then the checklist's database
// code (lib/ui/checklist/checklist-data.ts, with Dexie): both are needed for the first live row.
if (plain)
  results.bundles = ['popup.html', 'sidepanel.html', 'options.html'].map((page) => pageGraph(plain, page, LIVE_CHUNKS));
results.budgets = checkBudgets(results);
results.table = resultsTable(results);

console.log(results.table);
if (only) saveResults('bench/results.partial.json', results);
else {
  saveResults('bench/results.json', results);
  writeReadme('README.md', results);
  // The table is written as plain Markdown; the formatter aligns it, so `npm test`'s format check stays green.
  spawnSync('npx', ['oxfmt', 'README.md'], { stdio: 'ignore' });
}
if (results.budgets.some((c) => !c.ok)) process.exitCode = 1;
