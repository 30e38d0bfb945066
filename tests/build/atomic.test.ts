/**
 * All or nothing: a build that fails (bad data) or is killed halfway (SIGKILL during Astro)
 * leaves the previously published folder exactly as it was; the next good build replaces it and
 * clears what the killed one left behind. And builds need no lock: two at once from different data
 * folders each keep their own content store and publish their own data. Every build here writes
 * into a temp folder, never the repo's dist/.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuild, startBuild } from '../e2e/site.ts';

let work: string;
beforeAll(() => {
  // Inside the project: Astro's staged output must resolve node_modules from there.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp/atomic-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** A fingerprint of a folder: every path and its bytes. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of walk(dir).sort()) h.update(relative(dir, f)).update(readFileSync(f));
  return h.digest('hex');
}

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

/** The default data plus one correction whose text is a marker no other data holds. */
const MARKER = 'zqvmarker';
function correctedData(): string {
  const dir = join(work, 'corrected-data');
  cpSync(join(ROOT, 'data'), dir, { recursive: true });
  writeFileSync(join(dir, 'corrections.csv'), `date,area_code,as_of,metric,what,why\n2025-05-17,30,2025-05-16,people,Sửa ${MARKER},Thử hai bản build cùng lúc\n`);
  return dir;
}

interface Side {
  dest: string;
  /** Its Astro cache folder (ASTRO_CACHE_DIR), kept to look into. */
  cache: string;
  start: number;
  end: number;
}

/**
 * Two builds started together, each with its own Astro cache: the default data into `plainDest`
 * (the killed test below uses it as its "next build") and the default data plus a correction.
 * Run once, by whichever test needs it first.
 */
let pair: Promise<{ plain: Side; corrected: Side }> | undefined;
function twoBuildsAtOnce(plainDest: string) {
  pair ??= (async () => {
    const data = correctedData();
    const side = async (dest: string, cache: string, env: Record<string, string>): Promise<Side> => {
      const start = Date.now();
      await (await startBuild(dest, env, { cacheDir: cache })).done;
      return { dest, cache, start, end: Date.now() };
    };
    const [plain, corrected] = await Promise.all([
      side(plainDest, join(work, 'cache-plain'), {}),
      side(join(work, 'corrected/site'), join(work, 'cache-corrected'), { DATA_DIR: data }),
    ]);
    return { plain, corrected };
  })();
  return pair;
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

    // The next build (beside another one: see the test below).
    await twoBuildsAtOnce(dest);
    expect(readFileSync(join(dest, 'index.html'), 'utf8')).not.toContain('PREVIOUS-BUILD');
    expect(existsSync(join(dest, 'huong-dan/cu'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['site']);
  }, 600_000);
});

describe('two builds at once, from different data folders', () => {
  it('each keeps its own content store and publishes only its own data', async () => {
    const { plain, corrected } = await twoBuildsAtOnce(join(work, 'alone/site'));
    // They did run at the same time.
    expect(plain.start).toBeLessThan(corrected.end);
    expect(corrected.start).toBeLessThan(plain.end);
    // Astro kept each content store in the build's own cache folder (ASTRO_CACHE_DIR).
    const store = (s: Side) => readFileSync(join(s.cache, 'data-store.json'), 'utf8');
    expect(store(corrected)).toContain(MARKER);
    expect(store(plain)).not.toContain(MARKER);
    // And each published its own corrections.
    const read = (s: Side, p: string) => readFileSync(join(s.dest, p), 'utf8');
    expect(read(corrected, 'so-lieu/du-lieu/dinh-chinh.csv')).toContain(MARKER);
    expect(read(corrected, 'so-lieu/dinh-chinh/index.html')).toContain(MARKER);
    expect(read(plain, 'so-lieu/du-lieu/dinh-chinh.csv')).not.toContain(MARKER);
    expect(read(plain, 'so-lieu/dinh-chinh/index.html')).toContain('Chưa có đính chính nào.');
  }, 600_000);
});
