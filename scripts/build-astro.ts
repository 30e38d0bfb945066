/**
 * The Astro side of scripts/build.ts: `astro build` in one or more processes (each a share of the
 * large route families, src/lib/site/shard.ts), the shares merged into one folder, and the sitemap
 * written from the pages they listed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { SHARD_ENV } from '../src/lib/site/shard.ts';
import { CAMPAIGN_ENV } from '../src/lib/campaign/settings.ts';
import { processAlive } from '../src/lib/data/handoff.ts';
import { sitemapFiles, type SitemapPage } from '../src/lib/site/sitemap.ts';
import { HEAP_FLAGS } from './heap.ts';

export interface AstroRun {
  children: ChildProcess[];
  /** Resolves when every process has built its share. */
  done: Promise<void>;
  /** Output folders: the first is the staging folder itself, the others merge into it. */
  dirs: string[];
  /** Each process's working folder (its server bundle). */
  workDirs: string[];
}

/** Passes a child's output on line by line, each line after `prefix` ("[astro 2/2] "). */
function relay(stream: NodeJS.ReadableStream, prefix: string, onLine: (line: string) => void) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) {
      process.stdout.write(`${prefix}${line}\n`);
      onLine(line);
    }
  });
  stream.on('end', () => rest && process.stdout.write(`${prefix}${rest}\n`));
}

/**
 * `astro build` as `count` child processes of this one (no npx in between, so that they can be
 * stopped), process i rendering share i into its own folder, its output lines marked "[astro i/n]"
 * when there are several. The others start once the first has synced the content collections:
 * the sync writes files shared by every build of the checkout (.astro/), through one temporary
 * file. Each grows its heap as scripts/heap.ts says; GOPY_ASTRO_HEAP_MB caps it (--max-old-space-size).
 *
 * Each runs in a working folder of its own inside the project (node_modules/.gopy-build/<pid>-<i>;
 * --root names the project): Astro bundles the pages' server code into `.astro/` of the working
 * directory when the output folder is outside it, and two processes sharing one would remove each
 * other's files; inside the project the bundle still finds its packages. The input folders are
 * made absolute for them first. `dirs` and `workDirs` are removed by the caller.
 */
export function startAstro(staging: string, count: number, env: NodeJS.ProcessEnv): AstroRun {
  // Astro's command-line entry, beside its package.json (its "exports" do not list it).
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
  const heap = Number(process.env.GOPY_ASTRO_HEAP_MB) || 0;
  const dirs = Array.from({ length: count }, (_, i) => (i === 0 ? staging : `${staging}-shard-${i}`));
  const root = process.cwd();
  const work = path.join(root, 'node_modules', '.gopy-build');
  sweepWorkDirs(work);
  const workDirs = dirs.map((_, i) => path.join(work, `${process.pid}-${i}`));
  const inputs = {
    DATA_DIR: path.resolve(env.DATA_DIR || 'data'),
    CONTENT_DIR: path.resolve(env.CONTENT_DIR || 'content'),
    [CAMPAIGN_ENV]: path.resolve(env[CAMPAIGN_ENV] || 'content/campaign.yaml'),
  };
  const children: ChildProcess[] = [];
  const exits: Promise<void>[] = [];
  const start = (i: number, onLine: (line: string) => void = () => {}) => {
    mkdirSync(workDirs[i]!, { recursive: true });
    const child = spawn(process.execPath, [...HEAP_FLAGS, ...(heap ? [`--max-old-space-size=${heap}`] : []), bin, 'build', '--root', root], {
      cwd: workDirs[i],
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...env, ...inputs, OUT_DIR: dirs[i], ...(count > 1 ? { [SHARD_ENV]: `${i}/${count}` } : {}) },
    });
    relay(child.stdout!, count > 1 ? `[astro ${i + 1}/${count}] ` : '', onLine);
    children.push(child);
    exits.push(
      new Promise<void>((resolve, reject) => {
        child.on('error', reject);
        child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`astro build ${i + 1}/${count} exited with ${signal ?? code}`))));
      }),
    );
  };
  let synced!: () => void;
  const firstSynced = new Promise<void>((r) => (synced = r));
  start(0, (line) => /Synced content/.test(line) && synced());
  const done = (async () => {
    if (count > 1) {
      // Should the first stop before it synced, this rejects with it and no other starts.
      await Promise.race([firstSynced, exits[0]]);
      for (let i = 1; i < count; i++) start(i);
    }
    await Promise.all(exits);
  })();
  return { children, done, dirs, workDirs };
}

/** Removes the working folders of builds that are gone (killed before they could). */
function sweepWorkDirs(work: string) {
  if (!existsSync(work)) return;
  for (const name of readdirSync(work)) {
    const pid = Number(name.split('-')[0]);
    if (!pid || !processAlive(pid)) rmSync(path.join(work, name), { recursive: true, force: true });
  }
}

/**
 * Moves a share's output into the staging folder: a folder the staging folder lacks is moved
 * whole, a file it lacks is moved, and what it has already (the assets and the few pages every
 * share renders, identical) is left. Then the share's folder is removed.
 */
export async function mergeShare(from: string, into: string): Promise<void> {
  const walk = async (rel: string) => {
    for (const e of await readdir(path.join(from, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      const target = path.join(into, r);
      if (!existsSync(target)) await rename(path.join(from, r), target);
      else if (e.isDirectory()) await walk(r);
    }
  };
  await mkdir(into, { recursive: true });
  await walk('');
  await rm(from, { recursive: true, force: true });
}

/** The pages a share listed, each with its lastmod (astro.config.mjs, `gopy:page-list`); the list is removed. */
export async function listedPages(dir: string): Promise<SitemapPage[]> {
  const list = path.join(dir, '.pages.json');
  const pages = JSON.parse(await readFile(list, 'utf8')) as SitemapPage[];
  await rm(list);
  return pages;
}

/**
 * The sitemap of the staged site at the site's public address: SITE_URL and BASE_PATH, read as
 * astro.config.mjs reads them.
 */
export async function writeSitemap(staging: string, pages: SitemapPage[]): Promise<void> {
  // Only with SITE_URL: a sitemap's addresses must be absolute, and there is no made-up origin.
  const site = process.env.SITE_URL?.trim();
  if (!site) return;
  const base = process.env.BASE_PATH || '/';
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site).href;
  for (const f of sitemapFiles(pages, root)) await writeFile(path.join(staging, f.path), f.content);
}
