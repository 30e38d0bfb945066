/**
 * Read a data folder from disk: the first stage of the data (read → validate → aggregate). The only
 * place that reads data/.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { validateData, fileKind, type DataFile, type Dataset, type DatasetMeta } from './validate.ts';
import type { Problem } from './problems.ts';

/** The data folder: env DATA_DIR (for tests and benchmarks) or `data/` in the project. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || 'data');
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(full)));
    else out.push(full);
  }
  return out;
}

export async function readDataFiles(dir: string): Promise<{ files: DataFile[]; meta: DatasetMeta }> {
  const label = path.basename(dir);
  const files: DataFile[] = [];
  let meta: DatasetMeta = { illustrative: false };
  for (const full of await listFiles(dir)) {
    const rel = path.relative(dir, full).split(path.sep).join('/');
    if (rel === 'dataset.json') {
      meta = { illustrative: false, ...JSON.parse(await readFile(full, 'utf8')) };
      continue;
    }
    if (!fileKind(rel)) continue;
    files.push({ path: `${label}/${rel}`, bytes: await readFile(full) });
  }
  return { files, meta };
}

/**
 * Read and validate a data folder: the one gate every build passes (scripts/build.ts, `npm run
 * check`, and `astro dev` through load.ts). `dataset` is set only when there is no problem at all.
 */
export async function readDataset(dir = dataDir()): Promise<{ dataset?: Dataset; problems: Problem[] }> {
  const { files, meta } = await readDataFiles(dir);
  return validateData(files, meta);
}
