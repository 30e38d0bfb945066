import { defineConfig } from 'vitest/config';

/**
 * Three projects (`npm test` runs them all; `npm run test:unit`, `test:build`, `test:e2e` one each):
 *   unit  — src/ and scripts/ unit tests: no build, no browser, no global setup;
 *   build — tests/build/: assertions on built sites' files;
 *   e2e   — tests/e2e/: built sites served by nginx, in Debian's Chromium.
 * build and e2e share tests/global-setup.ts, which builds the sites they read (cached while the
 * sources are unchanged); fixture sites are built by their test files, beside the others.
 */
export default defineConfig({
  test: {
    testTimeout: 30_000,
    // Files run in parallel: builds, nginx and Chromium spend part of their time waiting, so a
    // third worker on two cores keeps both busy.
    maxWorkers: 4,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'] },
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
