/**
 * Global setup of the `build` and `e2e` test projects (vitest.config.ts): builds the sites of
 * tests/e2e/site.ts `SITES` that the projects of this run need, side by side (the default data and
 * the fixture data at once, each build with its own Astro cache), through the one test builder
 * (cached in .tmp/test-builds/ while the sources are unchanged), and hands them to the test files
 * (`inject('sites')`, read through `namedSite()`). The `unit` project has no global setup: it never
 * waits for a build.
 */
import type { TestProject } from 'vitest/node';
import { buildSite, SITES, type BuiltSite, type SiteName } from './e2e/site.ts';
import { writeFixtureData } from './build/fixture.ts';

/** Which sites each project's tests read. */
const NEEDS: Record<string, SiteName[]> = {
  build: ['default', 'fixture'],
  e2e: ['default', 'subpath'],
};

export default async function setup(project: TestProject) {
  // Every project of this run, so that `npm test` builds all the sites at once in the first setup.
  const names = new Set(project.vitest.projects.flatMap((p) => NEEDS[p.name] ?? []));
  if (names.has('fixture')) writeFixtureData();
  const built = await Promise.all([...names].map(async (n) => [n, await buildSite(SITES[n])] as const));
  project.provide('sites', Object.fromEntries(built) as Partial<Record<SiteName, BuiltSite>>);
}
