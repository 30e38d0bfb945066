/**
 * All or nothing: a build that fails (bad data) or is killed halfway (SIGKILL during Astro)
 * leaves the previously published folder exactly as it was; the next good build replaces it and
 * clears what the killed one left behind. And builds need no lock: builds from different data
 * folders each keep their own content store and publish their own data. Every build here writes
 * into a temp folder, never the repo's dist/.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { namedSite, ROOT, runBuild, startBuild, type BuiltSite } from '../e2e/site.ts';
import { CORRECTION } from './fixture.ts';
import { treeHash } from './files.ts';

let work: string;
beforeAll(() => {
  // Inside the project: Astro's staged output must resolve node_modules from there.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp/atomic-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A "previous build": a few files that no real build would write. */
function previousSite(dest: string) {
  mkdirSync(join(dest, 'huong-dan/cu'), { recursive: true });
  writeFileSync(join(dest, 'index.html'), '<!doctype html><title>bản cũ</title><p>PREVIOUS-BUILD</p>');
  writeFileSync(join(dest, 'huong-dan/cu/index.html'), 'PREVIOUS-GUIDE');
}

/** A copy of data/ with one broken figure. */
function badData(): string {
  const dir = join(work, `bad-data-${Math.random().toString(36).slice(2)}`);
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  const file = readdirSync(join(dir, 'participation')).sort()[0];
  const path = join(dir, 'participation', file);
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const header = lines[0].split(',');
  const row = lines[1].split(',');
  row[header.indexOf('value')] = '12,5';
  lines.splice(2, 0, row.join(','));
  writeFileSync(path, lines.join('\n'));
  return dir;
}

describe('a build that fails', () => {
  it('on bad data: nothing is published, the previous site stays, the error names the file', async () => {
    const dest = join(work, 'failed/site');
    previousSite(dest);
    const before = treeHash(dest);
    const err = await runBuild(dest, { DATA_DIR: badData() }).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(err).toBeDefined();
    expect(err).toMatch(/participation\/[^\s:]+\.csv/);
    expect(treeHash(dest)).toBe(before);
    expect(readdirSync(join(work, 'failed'))).toEqual(['site']);
  });

  it('killed between the two renames: the next build puts the previous site back', async () => {
    // What a SIGKILL right after "dest -> .site-old-<pid>" leaves: no dest, the old site aside.
    const parent = join(work, 'between');
    previousSite(join(parent, '.site-old-999999'));
    const before = treeHash(join(parent, '.site-old-999999'));
    await runBuild(join(parent, 'site'), { DATA_DIR: badData() }).catch(() => undefined);
    expect(existsSync(join(parent, 'site/index.html'))).toBe(true);
    expect(treeHash(join(parent, 'site'))).toBe(before);
  });
});

describe('a build killed halfway through Astro', () => {
  it('leaves the previous site intact; the next build publishes and sweeps the leftovers', async () => {
    const parent = join(work, 'killed');
    const dest = join(parent, 'site');
    previousSite(dest);
    const before = treeHash(dest);

    // Its own process group (detached), so the kill reaches `astro build` too.
    const build = await startBuild(dest, {}, { detached: true });
    const { child } = build;
    const killed = new Promise<string>((resolve, reject) => {
      const onData = () => {
        // Astro is rendering pages into the staging folder: kill everything now.
        const staged = readdirSync(parent).some((n) => n.startsWith('.site-staging-'));
        if (/generating static routes/.test(build.log()) && staged && child.pid) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      build.done.then(
        () => reject(new Error(`build was not killed (exit 0):\n${build.log()}`)),
        () => (child.signalCode === 'SIGKILL' ? resolve(build.log()) : reject(new Error(`build was not killed (exit ${child.exitCode}):\n${build.log()}`))),
      );
    });
    await killed;
    expect(treeHash(dest)).toBe(before);
    // It did get as far as staging: the kill happened mid-build, not before.
    expect(readdirSync(parent).some((n) => n.startsWith('.site-staging-'))).toBe(true);

    await runBuild(dest, {});
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).not.toContain('PREVIOUS-BUILD');
    expect(existsSync(join(dest, 'huong-dan/cu'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['site']);
  }, 600_000);
});

describe('builds from different data folders, side by side', () => {
  // tests/global-setup.ts builds the default site and the fixture site (tests/build/fixture.ts:
  // the default data plus corrections) at the same time, each with its own Astro cache folder.
  let plain: BuiltSite;
  let fixture: BuiltSite;
  beforeAll(async () => {
    [plain, fixture] = await Promise.all([namedSite('default'), namedSite('fixture')]);
  });
  it('each keeps its content store in its own Astro cache folder, and publishes only its own data', () => {
    expect(plain.cacheDir).not.toBe(fixture.cacheDir);
    // The store holds the text collections only (the data reaches pages through the gate's
    // handoff, never the store): each build wrote its own.
    for (const s of [plain, fixture]) expect(existsSync(join(s.cacheDir, 'data-store.json'))).toBe(true);
    // Each site published its own corrections.
    const read = (s: BuiltSite, p: string) => readFileSync(join(s.dir, p), 'utf8');
    expect(read(fixture, 'so-lieu/du-lieu/dinh-chinh.csv')).toContain(CORRECTION.what);
    expect(read(plain, 'so-lieu/du-lieu/dinh-chinh.csv')).not.toContain(CORRECTION.what);
    expect(read(plain, 'so-lieu/dinh-chinh/index.html')).toContain('Chưa có đính chính nào.');
  });
});
