/**
 * The validated dataset handed from the gate (scripts/build.ts) to the render (Astro): written once
 * as JSON after validation, read back by load.ts without validating again. The build names the file
 * in GOPY_DATASET; without it (`astro dev`, a bare `astro build`) load.ts validates data/ itself.
 *
 * The build starts Astro while the gate still runs (Astro bundles the site meanwhile, which needs no
 * data), so the file may not exist yet when Astro first asks: GOPY_DATASET_FROM names the build's
 * process, and the reader waits for the file as long as that process lives. The file appears whole
 * (written beside, then renamed) or not at all.
 */
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Dataset } from './validate.ts';

/** The environment variable that names the handoff file. */
export const HANDOFF_ENV = 'GOPY_DATASET';
/** The process id of the build that will write the handoff file. */
export const HANDOFF_FROM_ENV = 'GOPY_DATASET_FROM';

export async function writeHandoff(file: string, dataset: Dataset): Promise<void> {
  await writeFile(`${file}.part`, JSON.stringify(dataset));
  await rename(`${file}.part`, file);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits until `file` exists, while the process `writer` (when given) lives. */
export async function handoffReady(file: string, writer?: number, pollMs = 50): Promise<void> {
  while (!existsSync(file)) {
    if (writer === undefined || !alive(writer)) throw new Error(`${HANDOFF_ENV}: ${file} không có, và tiến trình build ${writer ?? ''} không còn chạy`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

export async function readHandoff(file: string, writer?: number): Promise<Dataset> {
  await handoffReady(file, writer);
  return JSON.parse(await readFile(file, 'utf8')) as Dataset;
}
