/**
 * One gate for the data: a build reads and validates each data file once, in the check it runs, and
 * the pages are rendered from the dataset it hands over (not from data/ read again). Every process
 * of a real build is traced (tests/build/count-reads.mjs, preloaded through NODE_OPTIONS).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild } from '../e2e/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'gopy-gate-'));
mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
const site = mkdtempSync(path.join(ROOT, '.tmp/gate-site-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function dataFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? dataFiles(dir, path.join(rel, e.name)) : e.name.endsWith('.csv') ? [path.join(rel, e.name)] : [],
  );
}

describe('the data gate', () => {
  it('reads each data file once per build, and the pages come from the dataset it hands over', async () => {
    const log = path.join(work, 'reads.log');
    const dataDir = path.join(ROOT, 'data');
    const out = path.join(site, 'dist');
    const preload = pathToFileURL(path.join(ROOT, 'tests/build/count-reads.mjs')).href;
    // Not spawnSync: a build of a minute would block this worker's event loop past vitest's RPC timeout.
    await runBuild(out, {
      BASE_URL: '',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --import ${preload}`.trim(),
      GOPY_COUNT_DIR: dataDir,
      GOPY_COUNT_LOG: log,
      SITE_URL: 'https://gopy.example.vn',
    });
    expect(existsSync(path.join(out, 'so-lieu/tinh-hai-duong-30/index.html'))).toBe(true);
    const reads = readFileSync(log, 'utf8').trim().split('\n').map((l) => l.split(' '));
    const files = dataFiles(dataDir);
    expect(files.length).toBeGreaterThanOrEqual(5);
    // Each CSV once, all in one process (the check the build runs: scripts/check.ts --handoff), none in Astro's.
    const count = new Map<string, number>();
    for (const [, file] of reads) count.set(file!, (count.get(file!) ?? 0) + 1);
    expect(Object.fromEntries(files.map((f) => [f, count.get(f) ?? 0]))).toEqual(Object.fromEntries(files.map((f) => [f, 1])));
    expect(new Set(reads.map(([pid]) => pid)).size).toBe(1);
  }, 300_000);
});
