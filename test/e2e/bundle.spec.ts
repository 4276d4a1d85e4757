import { expect, test } from '@playwright/test';
import { LIVE_CHUNKS, pageGraph } from '../../bench/sizes.mjs';
import { EXTENSION_PATH } from './fixtures';

// The built pages' module graph (wxt.config.ts groups the chunks). Sizes and times are the bench's; this checks the
// shape a slow PC relies on, which a change to the grouping could silently undo.
for (const page of ['popup.html', 'sidepanel.html']) {
  test(`${page}: before the first paint only the start code runs; the live rows need one more file`, () => {
    const graph = pageGraph(EXTENSION_PATH, page, LIVE_CHUNKS);
    const before = graph.static.files.map((f) => f.file);
    expect(before.filter((file) => /\/(mount-page|options-page)-/.test(file))).toEqual([]);
    expect(graph.static.gzip).toBeLessThan(10 * 1024);
    const live = graph.live.files.map((f) => f.file).filter((file) => !before.includes(file));
    expect(live).toEqual([expect.stringMatching(/^chunks\/mount-page-[\w-]+\.js$/)]);
    expect(graph.live.libs).toEqual([]);
  });
}

test('options.html: the ledger list (the tab it opens on) comes in one file with the page, no heavy library', () => {
  const graph = pageGraph(EXTENSION_PATH, 'options.html', ['options-page']);
  const before = graph.static.files.map((f) => f.file);
  const live = graph.live.files.map((f) => f.file).filter((file) => !before.includes(file));
  expect(live.filter((file) => /\/options-page-/.test(file))).toHaveLength(1);
  expect(graph.onDemand.files.filter((f) => /^chunks\/(LedgersTab|mount)-[\w-]{8}\.js$/.test(f.file))).toEqual([]);
  expect(graph.live.libs).toEqual([]);
});
