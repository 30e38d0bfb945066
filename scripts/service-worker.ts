/**
 * Writes the service worker of a built site: src/client/sw.ts bundled (esbuild) to <site>/sw.js, a
 * stable URL at the root of the base so that its scope covers the whole site, with the build's
 * settings above the bundle:
 *   - core: the offline pages (ngoai-tuyen/, and en/ngoai-tuyen/ for the English pages) and the
 *     pages they link with data-offline-core;
 *   - assets: the hashed files those pages use;
 *   - version: a hash of what this build holds for a reader offline: the worker's code, the core
 *     pages' bytes, the names of every hashed file (code and styles), and the published data (the
 *     whole-dataset downloads). A build that changes any of them is a new sw.js: browsers install
 *     it and drop the previous build's caches, so no stale guide survives an update.
 * Run by scripts/build.ts after Astro; also `tsx scripts/service-worker.ts <site> [base]`.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { corePages, moduleImports, pageAssets } from '../src/lib/offline/core.ts';
import { OFFLINE_PAGES } from '../src/lib/offline/rules.ts';
import { DATASET_FILES } from '../src/lib/figures/downloads.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface WorkerSettings {
  version: string;
  core: string[];
  assets: string[];
  offline: string[];
}

/** "/" or "/gopy/" from BASE_PATH, as astro.config.mjs reads it. */
export function basePath(raw = process.env.BASE_PATH || '/'): string {
  const b = raw.startsWith('/') ? raw : `/${raw}`;
  return b.endsWith('/') ? b : `${b}/`;
}

const fileOf = (site: string, p: string) => path.join(site, p === '' || p.endsWith('/') ? `${p}index.html` : p);

async function bundle(): Promise<string> {
  const out = await build({
    entryPoints: [path.join(ROOT, 'src/client/sw.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

async function addImports(site: string, asset: string, into: Set<string>): Promise<void> {
  if (!asset.endsWith('.js')) return;
  for (const spec of moduleImports(await readFile(path.join(site, asset), 'utf8'))) {
    const dep = path.posix.join(path.posix.dirname(asset), spec);
    if (into.has(dep) || !existsSync(path.join(site, dep))) continue;
    into.add(dep);
    await addImports(site, dep, into);
  }
}

export async function writeServiceWorker(site: string, base = basePath()): Promise<WorkerSettings> {
  const offline = Object.values(OFFLINE_PAGES);
  const core: string[] = [];
  for (const page of offline) {
    const file = fileOf(site, page);
    if (!existsSync(file)) throw new Error(`service worker: no offline page at ${file}`);
    for (const p of [page, ...corePages(await readFile(file, 'utf8'), base)]) if (!core.includes(p)) core.push(p);
  }
  const missing = core.filter((p) => !existsSync(fileOf(site, p)));
  if (missing.length) throw new Error(`service worker: the offline pages link pages that were not built: ${missing.join(', ')}`);

  const code = await bundle();
  const hash = createHash('sha256').update(code);
  const assets = new Set<string>();
  for (const p of core) {
    const html = await readFile(fileOf(site, p));
    hash.update(`\0page ${p}\0`).update(html);
    for (const a of pageAssets(html.toString('utf8'), base)) assets.add(a);
  }
  // Modules those load (chunks, and what loads on use, such as the listen button's player).
  for (const a of [...assets]) await addImports(site, a, assets);
  const hashed = existsSync(path.join(site, '_astro')) ? (await readdir(path.join(site, '_astro'))).sort() : [];
  hash.update(`\0assets\0${hashed.join('\n')}`);
  // The published data, whole: a figure that changes anywhere changes the version (metadata.json
  // only says when the files were written, which changes every build).
  for (const f of DATASET_FILES.filter((d) => d.table !== 'metadata')) {
    const file = path.join(site, f.path);
    if (existsSync(file)) hash.update(`\0data ${f.path}\0`).update(await readFile(file));
  }
  const settings: WorkerSettings = { version: hash.digest('hex').slice(0, 16), core, assets: [...assets].sort(), offline };
  await writeFile(path.join(site, 'sw.js'), `var __GOPY_SW__=${JSON.stringify(settings)};\n${code}`);
  return settings;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [site, base] = process.argv.slice(2);
  if (!site) throw new Error('usage: tsx scripts/service-worker.ts <built site> [base]');
  const s = await writeServiceWorker(path.resolve(site), basePath(base));
  console.log(`[sw] version ${s.version}: ${s.core.length} pages, ${s.assets.length} assets`);
}
