/**
 * `npm run build`: all or nothing.
 *   1. `npm run check`, in a process of its own: validate data/ (the one gate) and content/ (every
 *      problem of both listed; nothing published if any), and hand the validated dataset to Astro
 *      and this process in a file: it is not read or validated again. Astro starts when the gate
 *      has passed (or with it, when it renders every page: GOPY_WORKER_PAGES=none), in a staging
 *      folder beside dist/, and bundles the site while this process reads the dataset back;
 *   2. while Astro renders the HTML pages, this process writes the plain files (downloads: .txt,
 *      .docx, CSV, JSON…) into the same folder from the same dataset, with worker threads
 *      (scripts/write-files.ts, src/files/); then, in the frame of the one page of each that Astro
 *      rendered, the pages of the one-area families it leaves to the workers (GOPY_WORKER_PAGES:
 *      the broadcast, help, embed and figures pages, src/files/*-pages.ts);
 *   3. merge what the Astro processes made (one, or one per core with GOPY_ASTRO_SHARDS; each a share of the pages), write the
 *      sitemap from the pages they listed;
 *   4. write the service worker (sw.js: offline reading, versioned by what the build holds);
 *   5. index the staged site with Pagefind;
 *   6. swap the staging folder into dist/ (renames on one file system).
 * A build that fails or is killed halfway leaves the previous dist/ exactly as it was.
 *
 * Options: --out DIR (default dist; env DIST_DIR); --limit N (problems listed, as for check).
 * Data folder: env DATA_DIR (default data); content folder: env CONTENT_DIR (default content).
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import { HANDOFF_ENV, HANDOFF_FROM_ENV, readAggregates } from '../src/lib/data/handoff.ts';
import { REPORT } from '../src/lib/data/messages.ts';
import { NOW_ENV } from '../src/lib/site/clock.ts';
import { writePlainFiles } from './write-files.ts';
import { indexSite } from './search-index.ts';
import { listedPages, mergeShare, startAstro, writeSitemap, type AstroRun } from './build-astro.ts';
import { writeServiceWorker } from './service-worker.ts';
import { WORKER_PAGES_ENV } from '../src/lib/site/shard.ts';
import { BROADCAST_FAMILY } from '../src/lib/broadcast/page-html.ts';
import { HELP_FAMILY } from '../src/lib/help/page-html.ts';
import { EMBED_FAMILY } from '../src/lib/figures/embed-page.ts';
import { FIGURES_EN_FAMILY, FIGURES_FAMILY } from '../src/lib/figures/area-page.ts';
import { argValue } from './args.ts';
import { HEAP_FLAGS } from './heap.ts';


async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  console.log(`[build] ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

/**
 * Remove staging/old folders left by builds that were killed. A build killed between its two
 * renames left no dest and the published site in .<base>-old-<pid>: put that back first.
 */
async function sweep(parent: string, base: string) {
  const dest = path.join(parent, base);
  const olds = (await readdir(parent)).filter((n) => n.startsWith(`.${base}-old-`));
  if (!existsSync(dest) && olds.length === 1) await rename(path.join(parent, olds[0]), dest);
  for (const name of await readdir(parent)) {
    if (name.startsWith(`.${base}-staging-`) || name.startsWith(`.${base}-old-`) || name.startsWith(`.${base}-dataset-`)) {
      await rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

/**
 * `npm run check` in a child process that writes the handoff when all is well (scripts/check.ts
 * --handoff); its report goes to this process's output. It is given this build's own options, of
 * which it reads --limit as it always did. True when the data and content passed.
 */
function runCheck(handoff: string): Promise<boolean> {
  const script = fileURLToPath(new URL('./check.ts', import.meta.url));
  const args = ['--import', 'tsx', script, ...process.argv.slice(2), '--handoff', handoff];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code === 0));
  });
}

export async function build(dest: string): Promise<void> {
  const parent = path.dirname(dest);
  const base = path.basename(dest);
  const staging = path.join(parent, `.${base}-staging-${process.pid}`);
  const old = path.join(parent, `.${base}-old-${process.pid}`);
  const handoff = path.join(parent, `.${base}-dataset-${process.pid}.json`);
  await sweep(parent, base);
  await mkdir(staging, { recursive: true });
  // One now for every process of the build (the check, the Astro processes, the plain files), so
  // that a page and its downloads agree on what is past: the clock's, read once, unless GOPY_NOW is set.
  process.env[NOW_ENV] ||= new Date().toISOString().replace(/\.\d+Z$/, '+00:00');

  const started = performance.now();
  // The families whose pages the plain-files workers write (Astro renders one page of each, and
  // those the search indexes): GOPY_WORKER_PAGES, by default the one-area families (broadcast,
  // help, embed and figures pages); "none" leaves every page to Astro.
  const families = (process.env[WORKER_PAGES_ENV] ?? [BROADCAST_FAMILY, HELP_FAMILY, EMBED_FAMILY, FIGURES_FAMILY, FIGURES_EN_FAMILY].join(',')).split(',').map((f) => f.trim()).filter((f) => f && f !== 'none');
  // Astro processes (GOPY_ASTRO_SHARDS to choose), each rendering a share of the pages: one while
  // the workers write the one-area families (Astro then renders a few hundred pages; a second
  // process would bundle the site again and hold its own copy of the data), else one per core.
  const shards = Number(process.env.GOPY_ASTRO_SHARDS) || (families.length ? 1 : Math.min(2, availableParallelism()));
  // While the workers write the one-area families, Astro starts once the gate has passed: its
  // bundling then overlaps the aggregation here, not the gate, whose memory (every cell and
  // record) is freed first (national: peak 1.66 GB with Astro beside the gate, 1.48 GB after it,
  // for the same time). When Astro renders every page, it starts with the gate: it is the long pole.
  const afterGate = families.length > 0;
  let astro: AstroRun | undefined;
  let astroDone: Promise<void> = Promise.resolve();
  const launch = () => {
    astro = startAstro(staging, shards, { ...process.env, [WORKER_PAGES_ENV]: families.join(','), [HANDOFF_ENV]: handoff, [HANDOFF_FROM_ENV]: String(process.pid) });
    // Timed from the start of the build.
    astroDone = astro.done.then(() => console.log(`[build] astro: ${((performance.now() - started) / 1000).toFixed(1)} s`));
    astroDone.catch(() => {}); // awaited below; a failure while the gate runs must not go unhandled
  };
  if (!afterGate) launch();

  // The check runs in a process of its own (scripts/check.ts --handoff): the memory it needs for
  // every cell and record is freed when it ends. This process then reads the dataset back, as
  // Astro does, and keeps only the aggregates, for the plain files.
  const checked = await timed('check', () => runCheck(handoff));
  if (checked && afterGate) launch();
  let data = checked ? await timed('aggregate', () => readAggregates(handoff)) : undefined;
  const fail = async (message?: string) => {
    if (astro) {
      for (const child of astro.children) child.kill();
      await astroDone.catch(() => {});
      for (const dir of [...astro.dirs, ...astro.workDirs]) await rm(dir, { recursive: true, force: true });
    }
    // Astro's first folder is the staging folder; a gate that failed before Astro started leaves it too.
    await rm(staging, { recursive: true, force: true });
    await rm(handoff, { force: true });
    if (message) console.error(`\n[build] ${message}`);
    console.error(`[build] ${REPORT.notPublished(dest)}`);
    process.exit(1);
  };
  if (!data) return fail();
  try {
    // The page kinds wait for Astro: they take their frame from a page it rendered.
    const files = timed('files', () => writePlainFiles(data!, staging, { pagesReady: astroDone, families }));
    // Both run to the end even when one fails, so that nothing writes into staging once it is removed.
    const [astroResult, filesResult] = await Promise.allSettled([astroDone, files]);
    if (astroResult.status === 'rejected') throw astroResult.reason;
    if (filesResult.status === 'rejected') throw filesResult.reason;
    for (const k of filesResult.value.kinds) console.log(`[build] files, ${k.name}: ${k.files} files, ${(k.bytes / 1048576).toFixed(1)} MB, ${k.seconds.toFixed(1)} s`);
    for (const dir of astro!.workDirs) await rm(dir, { recursive: true, force: true });
    await timed('merge and sitemap', async () => {
      const pages = [...(await Promise.all(astro!.dirs.map(listedPages))).flat(), ...filesResult.value.pages];
      for (const dir of astro!.dirs.slice(1)) await mergeShare(dir, staging);
      await writeSitemap(staging, pages);
    });
    const levels = new Map(data.areas.map((a) => [a.slug, a.level]));
    data = undefined;
    await rm(handoff, { force: true });
    await timed('service worker', () => writeServiceWorker(staging));
    const { pages, read } = await timed('pagefind', () => indexSite(staging, (slug) => levels.get(slug)));
    console.log(`[build] search index: ${pages} pages (${read} read)`);
    if (existsSync(dest)) await rename(dest, old);
    await rename(staging, dest);
    if (existsSync(old)) await timed('previous site removed', () => rm(old, { recursive: true, force: true }));
    console.log(`[build] published to ${dest}`);
  } catch (error) {
    await fail((error as Error).message);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  // This process's heap, and its workers', grow as the Astro processes' do (scripts/heap.ts): set
  // before the aggregates are made, and read by V8 at each full collection.
  for (const flag of HEAP_FLAGS) setFlagsFromString(flag);
  await build(path.resolve(argValue('--out') ?? process.env.DIST_DIR ?? 'dist'));
}
