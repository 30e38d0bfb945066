/**
 * Builds a site once and shares it between test files (and between runs while the sources are
 * unchanged): the output lives in .tmp/test-builds/<name>-<hash of sources and options>/site.
 * Test files run in parallel workers; a lock folder makes the second one wait for the first
 * one's build instead of starting its own.
 *
 * Always builds into that temp folder with `scripts/build.ts --out`, never into the repo's dist/.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, '.tmp/test-builds');

/** The public address the test builds are configured with (mapped onto the local server). */
export const TEST_SITE_URL = 'https://gopy.example.vn';

export interface BuildOptions {
  /** A short name for the cache folder: "default", "subpath"… */
  name: string;
  /** "/" (default) or "/gopy/". */
  base?: string;
  /** Data folder (default: the project's data/). */
  dataDir?: string;
  siteUrl?: string;
  env?: Record<string, string>;
}

export interface BuiltSite {
  dir: string;
  base: string;
  /** SITE_URL + base, as the build was told. */
  publicUrl: string;
  log: string;
}

function walk(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Hash of everything a build reads, so a cached build is reused only while it is current. */
function sourceHash(opts: BuildOptions): string {
  const h = createHash('sha256');
  h.update(JSON.stringify({ ...opts, node: process.version }));
  const dataDir = resolve(opts.dataDir ?? join(ROOT, 'data'));
  const files = [
    ...['src', 'content', 'public', 'scripts'].flatMap((d) => walk(join(ROOT, d))),
    ...walk(dataDir),
    ...['astro.config.mjs', 'package-lock.json', 'tsconfig.json'].map((f) => join(ROOT, f)),
  ].filter((f) => !/\.test\.ts$/.test(f) && existsSync(f));
  for (const f of files.sort()) {
    h.update(relative(ROOT, f));
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * The environment for a child build. Vitest puts Vite's own variables into process.env
 * (BASE_URL=/, MODE, NODE_ENV=test…); inherited by `astro build`, BASE_URL=/ overrides the
 * configured base and every link of a /gopy/ build would point at the root.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(k) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(k)) delete env[k];
  }
  return env;
}

/**
 * One build at a time across test workers. Every build of this checkout shares Astro's content
 * store (node_modules/.astro/data-store.json): two at once, from different data folders, could
 * each publish the other's data. Returns the release function.
 */
export async function buildLock(): Promise<() => void> {
  const lock = join(CACHE, '.build.lock');
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      const pidFile = join(lock, 'pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if ((pid && !alive(pid)) || (!pid && age > 10_000)) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** Runs `scripts/build.ts --out <dest>`; resolves with its output, rejects with it on failure. */
export async function runBuild(dest: string, env: Record<string, string | undefined>): Promise<string> {
  const release = await buildLock();
  try {
    return await spawnBuild(dest, env);
  } finally {
    release();
  }
}

function spawnBuild(dest: string, env: Record<string, string | undefined>): Promise<string> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts'), '--out', dest], {
      cwd: ROOT,
      env: { ...buildEnv(), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (b) => (log += String(b)));
    child.stderr.on('data', (b) => (log += String(b)));
    child.on('error', rej);
    child.on('exit', (code, signal) => (code === 0 ? res(log) : rej(new Error(`build failed (${signal ?? code}):\n${log.slice(-4000)}`))));
  });
}

export async function buildSite(opts: BuildOptions): Promise<BuiltSite> {
  const base = opts.base ?? '/';
  const siteUrl = opts.siteUrl ?? TEST_SITE_URL;
  const key = `${opts.name}-${sourceHash(opts)}`;
  const folder = join(CACHE, key);
  const dir = join(folder, 'site');
  const lock = join(CACHE, `${key}.lock`);
  const result = (): BuiltSite => ({
    dir,
    base,
    publicUrl: siteUrl.replace(/\/$/, '') + base,
    log: existsSync(join(folder, 'build.log')) ? readFileSync(join(folder, 'build.log'), 'utf8') : '',
  });
  mkdirSync(CACHE, { recursive: true });
  for (;;) {
    if (existsSync(join(dir, 'index.html'))) return result();
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      // Someone else is building it: wait, unless they died.
      const pidFile = join(lock, 'pid');
      const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8')) : 0;
      const age = existsSync(lock) ? Date.now() - statSync(lock).mtimeMs : 0;
      if ((pid && !alive(pid)) || (!pid && age > 10_000)) rmSync(lock, { recursive: true, force: true });
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    // Older builds of the same name are stale now.
    for (const name of readdirSync(CACHE)) {
      if (name.startsWith(`${opts.name}-`) && name !== key && !name.endsWith('.lock')) {
        rmSync(join(CACHE, name), { recursive: true, force: true });
      }
    }
    mkdirSync(folder, { recursive: true });
    const log = await runBuild(dir, {
      SITE_URL: siteUrl,
      BASE_PATH: base,
      ...(opts.dataDir ? { DATA_DIR: resolve(opts.dataDir) } : {}),
      ...opts.env,
    });
    writeFileSync(join(folder, 'build.log'), log);
    return result();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Every HTML page of a built folder, as site paths ("", "huong-dan/x/", "404.html"). */
export function htmlPages(dir: string): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dir, f).split('\\').join('/'))
    .map((p) => (p.endsWith('index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

/**
 * The default site at the root, shared by every test file that needs it: the one
 * tests/global-setup.ts built for the whole run (same SITE_URL), or, outside that, a cached build.
 */
export async function defaultSite(): Promise<BuiltSite> {
  let dir: string | undefined;
  try {
    dir = inject('siteDir');
  } catch {
    dir = undefined;
  }
  if (dir && existsSync(join(dir, 'index.html'))) return { dir, base: '/', publicUrl: `${TEST_SITE_URL}/`, log: '' };
  return buildSite({ name: 'default' });
}
/** The default site under /gopy/. */
export const subpathSite = () => buildSite({ name: 'subpath', base: '/gopy/' });
