import { defineConfig } from 'vitest/config';

/**
 * Browser tests: playwright-core drives Debian's Chromium against the
 * production build in dist/, served on 127.0.0.1 by tests/browser/setup.ts.
 * Files run one at a time: the machine has two cores and Chromium wants them.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/setup.ts'],
    setupFiles: ['tests/browser/perFile.ts'],
    fileParallelism: false,
    // One worker runs every file in turn (harness.ts reconnects each file to the shared Chromium): no worker start per file.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
