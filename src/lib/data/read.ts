/**
 * Read a data folder from disk: the first stage of the data (read → validate → aggregate). The only
 * place that reads data/.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { emptyDataset, validateData, fileKind, type DataFile, type Dataset, type DatasetMeta } from './validate.ts';
import { FILE } from './messages.ts';
import type { Problem } from './problems.ts';
import { MAX_FILE_BYTES } from './rules/files.ts';
import { buildNow } from '../site/clock.ts';

/** The data folder: env DATA_DIR (for tests and benchmarks) or `data/` in the project. */
export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || 'data');
}

/** Every file under `dir`, folders walked with a queue (symbolic links to folders are not followed). */
async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const queue = [dir];
  for (let i = 0; i < queue.length; i++) {
    for (const entry of await readdir(queue[i]!, { withFileTypes: true })) {
      const full = path.join(queue[i]!, entry.name);
      if (entry.isDirectory()) queue.push(full);
      else out.push(full);
    }
  }
  return out;
}

/**
 * Every file of the folder, named from the folder (`data/areas.csv`). Only data files within the
 * size limit are read; the others are listed with their size, for the gate to report.
 */
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
    const named = `${label}/${rel}`;
    const size = (await stat(full)).size;
    const read = fileKind(named) !== undefined && size <= MAX_FILE_BYTES;
    files.push({ path: named, bytes: read ? await readFile(full) : new Uint8Array(0), size });
  }
  return { files, meta };
}

/**
 * Read and validate a data folder: the one gate every build passes (scripts/build.ts, `npm run
 * check`, and `astro dev` through load.ts). `dataset` is set only when there is no problem at all.
 */
export async function readDataset(
  dir = dataDir(),
  now = buildNow(),
): Promise<{ dataset?: Dataset; parsed: Dataset; problems: Problem[] }> {
  if (!(await stat(dir).then((s) => s.isDirectory(), () => false))) {
    return { parsed: emptyDataset({ illustrative: false }), problems: [{ file: dir, expected: FILE.noFolder, kind: 'file.missing' }] };
  }
  const { files, meta } = await readDataFiles(dir);
  return validateData(files, meta, { now });
}
