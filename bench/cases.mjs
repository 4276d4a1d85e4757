// The bench cases, in the order `npm run bench` runs them. A case is { name, run(ctx) }: ctx has the Chromium
// context, the extension id, the harness page (bench/harness/main.ts exposes window.bench), runs and sizes.
// What a case returns is stored under its name in results.json; bench/report.mjs and bench/budgets.mjs read it.
// To add a case: add a function to the harness (or a page to time), a case here, its rows in report.mjs and its
// budget in budgets.mjs.
import { timeOptions, timePage } from './browser.mjs';

const SIZES = [
  { tasks: 500, ledgers: 50 },
  { tasks: 5000, ledgers: 50 },
  { tasks: 50000, ledgers: 500 },
];
const PAGES = ['popup.html', 'sidepanel.html'];
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function seed(harness, size) {
  const count = await harness.evaluate(
    ({ ledgers, tasks }) => window.bench.seedChecklist(ledgers, tasks / ledgers),
    size,
  );
  if (count !== size.tasks) throw new Error(`seeded ${count} tasks, wanted ${size.tasks}`);
}

/** Blank page, one static line painted, and the popup and side panel, interleaved so noise hits all alike. */
async function checklist({ context, id, harness, runs, sizes }) {
  const rows = [];
  for (const size of SIZES.filter((s) => !sizes || sizes.includes(s.tasks))) {
    await seed(harness, size);
    for (const page of PAGES) await timePage(context, id, page, true);
    const times = { blank: [], text: [], 'popup.html': [], 'sidepanel.html': [] };
    for (let i = 0; i < runs; i++) {
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
        page,
        ...size,
        runs,
        firstRowMs,
        paintedRowMs,
        liveRowMs,
        blankMs,
        textPaintedMs,
        ratio: firstRowMs / blankMs,
        paintedRatio: paintedRowMs / textPaintedMs,
        liveRatio: liveRowMs / blankMs,
        samples,
        paintedSamples,
        liveSamples,
        blankSamples: times.blank,
        textPaintedSamples: times.text,
      });
    }
    console.error(
      `checklist ${size.tasks}: ${rows
        .slice(-2)
        .map(
          (r) =>
            `${r.page} ${r.firstRowMs.toFixed(0)} ms (painted ${r.paintedRowMs.toFixed(0)} ms, live ${r.liveRowMs.toFixed(0)} ms)`,
        )
        .join(', ')}, blank ${blankMs.toFixed(0)} ms, one static line painted ${textPaintedMs.toFixed(0)} ms`,
    );
  }
  return rows;
}

/** The options page at 50,000 tasks in 500 ledgers and ten years of figures for 30 units, against a blank page. */
async function options({ context, id, harness, runs }) {
  const size = SIZES[2];
  if ((await harness.evaluate(() => window.bench.taskCount())) !== size.tasks) await seed(harness, size);
  const figures = await harness.evaluate(() => window.bench.seedFigures(30, 120));
  const times = [];
  const blank = [];
  for (let i = 0; i < runs; i++) {
    blank.push((await timePage(context, id, 'bench-blank.html', false)).first);
    times.push(await timeOptions(context, id));
  }
  const blankMs = median(blank);
  const ledgersMs = median(times.map((t) => t.ledgersMs));
  const indicatorsMs = median(times.map((t) => t.indicatorsMs));
  const slowest = {};
  for (const name of Object.keys(times[0].interactions)) slowest[name] = median(times.map((t) => t.interactions[name]));
  return {
    tasks: size.tasks,
    ledgers: size.ledgers,
    units: 30,
    months: 120,
    figures,
    runs,
    blankMs,
    blankSamples: blank,
    ledgersMs,
    indicatorsMs,
    ledgersRatio: ledgersMs / blankMs,
    interactions: slowest,
  };
}

export const CASES = [
  { name: 'checklist', run: checklist },
  { name: 'options', run: options },
  { name: 'upcoming', run: ({ harness }) => harness.evaluate(() => window.bench.upcomingQuery()) },
  { name: 'tableImport', run: ({ harness }) => harness.evaluate(() => window.bench.tableImport(1000)) },
  {
    name: 'backup',
    run: ({ harness, runs }) => harness.evaluate((n) => window.bench.backupRestore(500, 100, Math.min(n, 7)), runs),
  },
  { name: 'xlsx', run: ({ harness }) => harness.evaluate(() => window.bench.xlsxExport(5000, 20, 36)) },
  { name: 'reportForms', run: ({ harness }) => harness.evaluate(() => window.bench.reportForms(50, 200)) },
  // Issue 15: a 100-page Word ledger and a 1,000-row clipboard table, each against the browser's own XML/HTML parse.
  { name: 'docxImport', run: ({ harness }) => harness.evaluate(() => window.bench.docxImport(100)) },
  { name: 'htmlPaste', run: ({ harness }) => harness.evaluate(() => window.bench.htmlPaste(1000)) },
];
