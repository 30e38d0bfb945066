/**
 * The validated dataset handed from the gate (scripts/build.ts) to the render (Astro): written once
 * as JSON after validation, read back by load.ts without validating again. The build names the file
 * in GOPY_DATASET; without it (`astro dev`, a bare `astro build`) load.ts validates data/ itself.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Dataset } from './validate.ts';

/** The environment variable that names the handoff file. */
export const HANDOFF_ENV = 'GOPY_DATASET';

export async function writeHandoff(file: string, dataset: Dataset): Promise<void> {
  await writeFile(file, JSON.stringify(dataset));
}

export async function readHandoff(file: string): Promise<Dataset> {
  return JSON.parse(await readFile(file, 'utf8')) as Dataset;
}
