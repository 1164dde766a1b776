import { defineConfig } from 'vitest/config';

/** Unit and component tests: pure Node, no browser. Browser tests have their own config. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Pure tests in worker threads sharing one module graph: 26 s → 10 s here, mostly start-up and imports.
    pool: 'threads',
    isolate: false,
    coverage: {
      provider: 'v8',
      include: ['src/core/**/*.ts'],
      exclude: ['src/core/**/*.test.ts'],
      thresholds: { lines: 95 },
      reporter: ['text-summary', 'text'],
    },
  },
});
