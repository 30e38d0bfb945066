import { defineConfig } from 'vitest/config';

/**
 * Three projects (`npm test` runs them all; `npm run test:unit`, `test:build`, `test:e2e` one each):
 *   unit  — src/ and scripts/ unit tests: no build, no browser, no global setup;
 *   build — tests/build/: assertions on built sites' files;
 *   e2e   — tests/e2e/: built sites served by nginx, in Debian's Chromium.
 * build and e2e share tests/global-setup.ts, which starts building the sites they read, side by
 * side (cached while the sources are unchanged); test files that need one wait for it.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Files run in parallel (the default on two cores is one at a time): files waiting for a site
    // hold a worker idle, and builds, nginx and Chromium wait part of the time, so four workers
    // keep both cores busy.
    maxWorkers: 4,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          // Small, quick files: one worker thread runs them all (each file still loads its modules
          // afresh; globals are shared, and no unit test changes them), about a third of the CPU
          // of a process per file. A pool of its own, so it runs beside the build and e2e files.
          pool: 'threads',
          poolOptions: { threads: { singleThread: true } },
        },
      },
      {
        extends: true,
        test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], hookTimeout: 600_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'], hookTimeout: 600_000 },
      },
    ],
  },
});
