import { defineConfig } from '@playwright/test';

import { scaled } from './tests/support/slowdown';

// E2E tests load the built extension from .output/chrome-mv3 (`npx wxt build` first)
// into a headed Chromium; `npm run test:e2e` wraps the run in xvfb-run so that
// xdotool can drive real right-clicks and native context menus.
export default defineConfig({
  testDir: 'tests/e2e',
  // One browser at a time: tests share one X display, one pointer and one keyboard.
  workers: 1,
  fullyParallel: false,
  // Tests must be deterministic; no retries, not even on CI.
  retries: 0,
  // Bounds as on a quiet machine, stretched to how busy it is when the run starts (docs/facts.md,
  // Tests on a loaded machine); the harness's own waits scale again as they start.
  timeout: scaled(60_000),
  expect: { timeout: scaled(5_000) },
  reporter: 'list',
  use: {
    // Headed (under xvfb-run): real right-clicks open native menus only when headed.
    // A test may still `test.use({ headless: true })` when it needs no menus.
    headless: false,
    trace: 'retain-on-failure',
  },
});
