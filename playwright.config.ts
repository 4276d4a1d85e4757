import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  // Its own folder: Playwright empties outputDir at start, and test-results/unit.json from Vitest must survive.
  outputDir: 'test-results/e2e-output',
  timeout: 60_000,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'off' },
});
