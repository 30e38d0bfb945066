/**
 * The one way tests build a site. `buildSite()` runs `scripts/build.ts --out` into
 * .tmp/test-builds/<name>-<hash of sources and options>/site and reuses that folder while the
 * sources are unchanged (between test files and between runs). Never builds into the repo's dist/.
 *
 * No lock: builds run side by side. What would let two builds at once mix their data is kept
 * apart per build:
 *   - Astro's content store (data-store.json, the validated rows of the data folder) lives in
 *     Astro's cacheDir: every build gets its own (ASTRO_CACHE_DIR, read by astro.config.mjs);
 *   - the output, staging and old folders are per destination (scripts/build.ts);
 *   - every Astro process works in a folder of its own (node_modules/.gopy-build/<pid>-<i>,
 *     scripts/build-astro.ts), where it puts the server bundle of an outDir outside that folder;
 *     destinations stay inside the project all the same (.tmp/), easy to find and to clean.
 * One thing stays shared: ./.astro/content-modules.mjs and content-assets.mjs, written during the
 * content sync from content/ (the same for every build: only the data folder differs). Astro skips
 * the write when the file already holds the same text, but two first syncs at once would both
 * write it through the same "<file>.tmp", so the second build of a process starts only once the
 * first has synced (`firstSync()`; tests/global-setup.ts also waits for it before tests start).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  /** The Astro cache folder the build had to itself (its content store: data-store.json). */
  cacheDir: string;
}

/** Where tests/build/fixture.ts writes the fixture data folder. */
export const FIXTURE_DATA = join(ROOT, '.tmp/fixtures/fixture/data');

/** The sites tests/global-setup.ts builds, side by side, before the build and e2e projects run. */
export const SITES = {
  /** The default content and data, at the root. */
  default: { name: 'default' },
  /** The same under /gopy/. */
  subpath: { name: 'subpath', base: '/gopy/' },
  /**
   * The default content with the fixture data (written first by tests/build/fixture.ts), and the
   * component examples (GOPY_EXAMPLES: /vi-du/video/, tests/e2e/video.test.ts).
   */
  fixture: { name: 'fixture', dataDir: FIXTURE_DATA, env: { GOPY_EXAMPLES: '1' } },
} satisfies Record<string, BuildOptions>;
export type SiteName = keyof typeof SITES;

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

/**
 * The environment for a child build. Vitest puts Vite's own variables into process.env
 * (BASE_URL=/, MODE, NODE_ENV=test…); inherited by `astro build`, BASE_URL=/ overrides the
 * configured base and every link of a /gopy/ build would point at the root. Set ASTRO_CACHE_DIR
 * (see `newCacheDir()`) for any build that may run beside another.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^(VITEST|VITE_)/.test(k) || ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV', 'ASTRO_CACHE_DIR'].includes(k)) delete env[k];
  }
  return env;
}

/** A new, empty Astro cache folder for one build (under .tmp/astro-cache/). */
export function newCacheDir(): string {
  mkdirSync(join(ROOT, '.tmp/astro-cache'), { recursive: true });
  return mkdtempSync(join(ROOT, '.tmp/astro-cache/build-'));
}

/**
 * Shared by every copy of this module in one process (each vitest project loads its own copy of
 * the global setup): the builds started, by cache key, and whether the first build has synced.
 */
const shared: { builds: Map<string, Promise<BuiltSite>>; syncGate?: Promise<void> } = ((globalThis as { __gopyTestBuilds?: typeof shared }).__gopyTestBuilds ??= {
  builds: new Map(),
});

/** Resolves once the first build started by this process has synced content (or ended); at once if none started. */
export function firstSync(): Promise<void> {
  return shared.syncGate ?? Promise.resolve();
}

export interface RunningBuild {
  child: ChildProcess;
  /** Everything the build printed so far, stdout and stderr interleaved. */
  log: () => string;
  /** Resolves with the log when the build succeeds; rejects with it otherwise. */
  done: Promise<string>;
}

/**
 * Starts `scripts/build.ts --out <dest>` with its own Astro cache folder (`cacheDir`, or a new one
 * that is removed when the build ends). `dest` must be inside the project (see the file comment).
 */
export async function startBuild(
  dest: string,
  env: Record<string, string | undefined>,
  opts: { cacheDir?: string; detached?: boolean } = {},
): Promise<RunningBuild> {
  if (!resolve(dest).startsWith(ROOT + sep)) throw new Error(`test builds go inside the project, not ${dest}`);
  const gate = shared.syncGate;
  let opened = () => {};
  if (!gate) shared.syncGate = new Promise<void>((r) => (opened = r));
  else await gate;
  let cacheDir: string;
  let child: ChildProcess;
  try {
    cacheDir = opts.cacheDir ?? newCacheDir();
    mkdirSync(dirname(resolve(dest)), { recursive: true });
    child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts'), '--out', dest], {
      cwd: ROOT,
      env: { ...buildEnv(), ...env, ASTRO_CACHE_DIR: cacheDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: opts.detached ?? false,
    });
  } catch (error) {
    opened();
    throw error;
  }
  let log = '';
  const onData = (b: Buffer) => {
    log += String(b);
    if (/\[types\] Generated/.test(log)) opened();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const done = new Promise<string>((res, rej) => {
    child.on('error', (error) => {
      opened();
      rej(error);
    });
    child.on('exit', (code, signal) => {
      opened();
      if (!opts.cacheDir) rmSync(cacheDir, { recursive: true, force: true });
      if (code === 0) res(log);
      else rej(new Error(`build failed (${signal ?? code}):\n${log.slice(-4000)}`));
    });
  });
  return { child, log: () => log, done };
}

/** Runs `scripts/build.ts --out <dest>`; resolves with its output, rejects with it on failure. */
export async function runBuild(dest: string, env: Record<string, string | undefined>): Promise<string> {
  return (await startBuild(dest, env)).done;
}

function cacheKey(opts: BuildOptions): string {
  return `${opts.name}-${sourceHash(opts)}`;
}

/** Where the site for these options is (or will be, once built). */
export function siteFor(opts: BuildOptions): BuiltSite {
  const base = opts.base ?? '/';
  const folder = join(CACHE, cacheKey(opts));
  const siteUrl = opts.siteUrl ?? TEST_SITE_URL;
  return { dir: join(folder, 'site'), base, publicUrl: siteUrl.replace(/\/$/, '') + base, cacheDir: join(folder, 'astro-cache') };
}

/** Written beside a cache entry when its build failed, with the error, for those waiting on it. */
const failedMarker = (site: BuiltSite) => `${dirname(site.dir)}.failed`;

/**
 * The site for these options, built once while the sources are unchanged (two callers in one
 * process share one build). A build happens in a temp folder beside the cache entry and is moved
 * in with one rename, so a half-built site is never found under its key, and two processes
 * building the same site at once both end with a whole one.
 */
export function buildSite(opts: BuildOptions): Promise<BuiltSite> {
  const key = cacheKey(opts);
  let p = shared.builds.get(key);
  if (!p) {
    p = build(key, opts);
    shared.builds.set(key, p);
    p.catch(() => shared.builds.delete(key));
  }
  return p;
}

/**
 * Waits for a site that another process (the global setup) is building: resolves when it is in
 * place, rejects with the build's error if it failed.
 */
export async function waitForSite(site: BuiltSite, timeoutMs = 900_000): Promise<BuiltSite> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (existsSync(join(site.dir, 'index.html'))) return site;
    if (existsSync(failedMarker(site))) throw new Error(readFileSync(failedMarker(site), 'utf8'));
    if (Date.now() > deadline) throw new Error(`no site at ${site.dir} after ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function build(key: string, opts: BuildOptions): Promise<BuiltSite> {
  const site = siteFor(opts);
  const folder = dirname(site.dir);
  if (existsSync(join(site.dir, 'index.html'))) return site;
  rmSync(failedMarker(site), { force: true });

  mkdirSync(CACHE, { recursive: true });
  const temp = mkdtempSync(join(CACHE, `.${key}-`));
  try {
    const log = await (
      await startBuild(
        join(temp, 'site'),
        {
          SITE_URL: opts.siteUrl ?? TEST_SITE_URL,
          BASE_PATH: site.base,
          ...(opts.dataDir ? { DATA_DIR: resolve(opts.dataDir) } : {}),
          ...opts.env,
        },
        { cacheDir: join(temp, 'astro-cache') },
      )
    ).done;
    // The Astro cache stays with the site (a small content store), for tests to look into.
    writeFileSync(join(temp, 'build.log'), log);
    try {
      renameSync(temp, folder);
    } catch (error) {
      // Another process finished the same build first: theirs is as good.
      if (!existsSync(join(site.dir, 'index.html'))) throw error;
    }
  } catch (error) {
    writeFileSync(failedMarker(site), `${opts.name} site: ${(error as Error).message}`);
    throw error;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  // Older builds of the same name are stale now, and so are temp folders left an hour ago.
  for (const name of readdirSync(CACHE)) {
    const p = join(CACHE, name);
    if (name.startsWith(`${opts.name}-`) && name !== key) rmSync(p, { recursive: true, force: true });
    else if (name.startsWith(`.${opts.name}-`) && Date.now() - statSync(p).mtimeMs > 3_600_000) rmSync(p, { recursive: true, force: true });
  }
  return site;
}

/** Every HTML page of a built folder, as site paths ("", "huong-dan/x/", "404.html"). */
export function htmlPages(dir: string): string[] {
  return walk(dir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dir, f).split('\\').join('/'))
    .map((p) => (p.endsWith('index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sites tests/global-setup.ts builds for this run (where they will be). */
    sites: Partial<Record<SiteName, BuiltSite>>;
  }
}

/**
 * One of `SITES`: the one tests/global-setup.ts is building for this run (waited for), or else a
 * (cached) build. `vitest` is imported here, in a test worker, only: the global setup imports this
 * file too and must not load it.
 */
export async function namedSite(name: SiteName): Promise<BuiltSite> {
  let site: BuiltSite | undefined;
  try {
    const { inject } = await import('vitest');
    site = inject('sites')?.[name];
  } catch {
    site = undefined;
  }
  return site ? waitForSite(site) : buildSite(SITES[name]);
}

/** The default site at the root. */
export const defaultSite = () => namedSite('default');
/** The default site under /gopy/. */
export const subpathSite = () => namedSite('subpath');
