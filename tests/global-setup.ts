/**
 * Build the default site once for every build-level and browser test (a full build takes a while;
 * each test file reading the same output keeps `npm test` fast). Tests read the folder through
 * `inject('siteDir')`. Set GOPY_SITE_DIR to reuse an existing build while iterating on tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
  }
}

export default function setup(project: TestProject) {
  if (process.env.GOPY_SITE_DIR) {
    project.provide('siteDir', path.resolve(process.env.GOPY_SITE_DIR));
    return;
  }
  const root = mkdtempSync(path.join(tmpdir(), 'gopy-site-'));
  const siteDir = path.join(root, 'dist');
  const r = spawnSync('npx', ['tsx', 'scripts/build.ts', '--out', siteDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, SITE_URL: 'https://gopy.example.vn' },
  });
  if (r.status !== 0) throw new Error(`default site build failed:\n${r.stdout}\n${r.stderr}`);
  project.provide('siteDir', siteDir);
  return () => rmSync(root, { recursive: true, force: true });
}
