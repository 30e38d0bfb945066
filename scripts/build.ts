/**
 * `npm run build`: all or nothing.
 *   1. `npm run check`: validate data/ (the one gate) and content/ (every problem of both listed;
 *      stop before touching dist/ if any), and hand the validated dataset to Astro in a file: it is
 *      not read or validated again;
 *   2. astro build into a staging folder beside dist/;
 *   3. write the service worker (sw.js: offline reading, versioned by what the build holds);
 *   4. index the staged site with Pagefind;
 *   5. swap the staging folder into dist/ (renames on one file system).
 * A build that fails or is killed halfway leaves the previous dist/ exactly as it was.
 *
 * Options: --out DIR (default dist; env DIST_DIR); --limit N (problems listed, as for check).
 * Data folder: env DATA_DIR (default data); content folder: env CONTENT_DIR (default content).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { check } from './check.ts';
import { HANDOFF_ENV, writeHandoff } from '../src/lib/data/handoff.ts';
import { REPORT } from '../src/lib/data/messages.ts';
import { typesetDataset } from '../src/lib/data/typeset.ts';
import { fmt } from '../src/i18n/vi/format.ts';
import { indexSite } from './search-index.ts';
import { writeServiceWorker } from './service-worker.ts';

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function timed<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await fn();
  console.log(`[build] ${label}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${signal ?? code}`)),
    );
  });
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

export async function build(dest: string): Promise<void> {
  const parent = path.dirname(dest);
  const base = path.basename(dest);
  const staging = path.join(parent, `.${base}-staging-${process.pid}`);
  const old = path.join(parent, `.${base}-old-${process.pid}`);
  const handoff = path.join(parent, `.${base}-dataset-${process.pid}.json`);
  await sweep(parent, base);

  // The dataset lives only inside this step: written for Astro, then dropped, so that this process
  // holds no copy while Astro runs.
  const passed = await timed('check', async () => {
    const dataset = await check();
    // The data's prose (sources, notes) set the site's way once, for pages and downloads alike.
    if (dataset) await writeHandoff(handoff, typesetDataset(dataset, fmt.typeset));
    return dataset !== undefined;
  });
  if (!passed) {
    console.error(`\n[build] ${REPORT.notPublished(dest)}`);
    process.exit(1);
  }
  try {
    await timed('astro', () => run('npx', ['astro', 'build'], { ...process.env, OUT_DIR: staging, [HANDOFF_ENV]: handoff }));
    await rm(handoff, { force: true });
    await timed('service worker', () => writeServiceWorker(staging));
    const { pages } = await timed('pagefind', () => indexSite(staging));
    console.log(`[build] search index: ${pages} pages`);
    if (existsSync(dest)) await rename(dest, old);
    await rename(staging, dest);
    await rm(old, { recursive: true, force: true });
    console.log(`[build] published to ${dest}`);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await rm(handoff, { force: true });
    console.error(`\n[build] ${(error as Error).message}`);
    console.error(`[build] ${REPORT.notPublished(dest)}`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await build(path.resolve(argValue('--out') ?? process.env.DIST_DIR ?? 'dist'));
}
