/**
 * Global setup of the `build` and `e2e` test projects (vitest.config.ts). Starts building the sites
 * of tests/e2e/site.ts `SITES` that the projects of this run need, side by side (the default data
 * and the fixture data at once, each build with its own Astro cache), through the one test builder
 * (cached in .tmp/test-builds/ while the sources are unchanged), and tells the test files where
 * they will be (`inject('sites')`). It does not wait for them: test files that need a site wait in
 * `namedSite()`, while the others (unit tests, tests/build/atomic.test.ts) run meanwhile. It waits
 * only for the first build's content sync (see tests/e2e/site.ts), and, at the end, for every build.
 * The `unit` project has no global setup.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, firstSync, siteFor, SITES, type BuiltSite, type SiteName } from './e2e/site.ts';
import { writeFixtureData } from './build/fixture.ts';

/** Which sites each project's tests read. */
const NEEDS: Record<string, SiteName[]> = {
  build: ['default', 'fixture'],
  e2e: ['default', 'subpath', 'fixture'],
};

export default async function setup(project: TestProject) {
  // Every project of this run, so that `npm test` starts all the sites at once in the first setup
  // (the second finds them started: builds are shared within the process).
  const names = [...new Set(project.vitest.projects.flatMap((p) => NEEDS[p.name] ?? []))];
  if (names.includes('fixture')) writeFixtureData();
  const sites = Object.fromEntries(names.map((n) => [n, siteFor(SITES[n])])) as Partial<Record<SiteName, BuiltSite>>;
  // A failed build leaves a marker that the waiting test files report; nothing to do here.
  const builds = names.map((n) => buildSite(SITES[n]).catch(() => undefined));
  await firstSync();
  project.provide('sites', sites);
  return async () => {
    await Promise.all(builds);
  };
}
