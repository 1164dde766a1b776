import { defineConfig } from 'vitest/config';

/**
 * Browser tests: playwright-core drives Debian's Chromium against the
 * production build in dist/, served on 127.0.0.1 by tests/browser/setup.ts.
 * Two files run at a time, each in a worker that keeps its module graph
 * (isolate: false) and connects to the one shared Chromium: while one page
 * waits on a condition, the other's work fills the second core (browser run
 * 230 s → 180 s on a 2-core machine, same 102 tests). Every wait is for a
 * condition, never for time, so a busier machine is slower, not flakier.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    setupFiles: ['tests/browser/perFile.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    // A worker runs its files in turn (harness.ts reconnects each file to the shared Chromium): no worker start per file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
