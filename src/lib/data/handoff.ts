/**
 * The validated dataset handed from the gate (scripts/check.ts --handoff, which the build runs) to
 * the render (Astro) and the plain files (scripts/build.ts): written once after validation, read
 * back by load.ts and the build without validating again. The build names the file in
 * GOPY_DATASET; without it (`astro dev`, a bare `astro build`) load.ts validates data/ itself.
 *
 * One JSON value per line (the meta, then each record after its table's name): written and read a
 * piece at a time, so that neither side ever holds the whole file as one string (nationally it is
 * over 100 MB, twice that as a JavaScript string).
 *
 * The build starts Astro while the gate still runs (Astro bundles the site meanwhile, which needs no
 * data), so the file may not exist yet when Astro first asks: GOPY_DATASET_FROM names the build's
 * process, and the reader waits for the file as long as that process lives. The file appears whole
 * (written beside, then renamed) or not at all.
 */
import { closeSync, createReadStream, existsSync, openSync, writeSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { emptyDataset, type Dataset } from './validate.ts';
import { aggregate, figureMaker, type Aggregates, type Figure } from './aggregate.ts';
import type { ParticipationRecord } from './schema.ts';
import { interner } from './intern.ts';

type Table = Exclude<keyof Dataset, 'meta'>;
/** Every table of a dataset, in the order written (a Record, so that a new table cannot be left out). */
const TABLE_ORDER: Record<Table, number> = { areas: 0, participation: 1, breakdowns: 2, corrections: 3, helpPoints: 4 };
const TABLES = (Object.keys(TABLE_ORDER) as Table[]).sort((a, b) => TABLE_ORDER[a] - TABLE_ORDER[b]);

/** The environment variable that names the handoff file. */
export const HANDOFF_ENV = 'GOPY_DATASET';
/** The process id of the build that will write the handoff file. */
export const HANDOFF_FROM_ENV = 'GOPY_DATASET_FROM';

export async function writeHandoff(file: string, dataset: Dataset): Promise<void> {
  const fd = openSync(`${file}.part`, 'w');
  try {
    let pending = `${JSON.stringify(dataset.meta)}\n`;
    for (const table of TABLES) {
      for (const record of dataset[table]) {
        pending += `${JSON.stringify(table)},${JSON.stringify(record)}\n`;
        if (pending.length > 1 << 20) {
          writeSync(fd, pending);
          pending = '';
        }
      }
    }
    writeSync(fd, pending);
  } finally {
    closeSync(fd);
  }
  await rename(`${file}.part`, file);
}

/** Is a process of this id running? (EPERM: it runs, as another user.) */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Waits until `file` exists, while the process `writer` (when given) lives. */
export async function handoffReady(file: string, writer?: number, pollMs = 50): Promise<void> {
  while (!existsSync(file)) {
    if (writer === undefined || !processAlive(writer)) throw new Error(`${HANDOFF_ENV}: ${file} không có, và tiến trình build ${writer ?? ''} không còn chạy`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * The dataset in the file. `take`: a table's records handed to a function as each is read,
 * instead of kept in the dataset (whose table is then empty).
 */
export async function readHandoff(
  file: string,
  writer?: number,
  take: { participation?: (record: ParticipationRecord) => void } = {},
): Promise<Dataset> {
  await handoffReady(file, writer);
  const dataset = emptyDataset({ illustrative: false });
  let first = true;
  let rest = '';
  const line = (text: string) => {
    if (!text) return;
    if (first) {
      dataset.meta = JSON.parse(text) as Dataset['meta'];
      first = false;
      return;
    }
    // `"table",{…}`: the table's name has no comma.
    const comma = text.indexOf(',');
    const table = text.slice(1, comma - 1) as Table;
    const record = JSON.parse(text.slice(comma + 1));
    if (table === 'participation' && take.participation) take.participation(record);
    else (dataset[table] as unknown[]).push(record);
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const l of lines) line(l);
  }
  line(rest);
  return dataset;
}

/**
 * The aggregates of the dataset in the file (aggregate.ts), each participation row made a Figure
 * as it is read: the rows as parsed, with texts of their own, are never all held at once
 * (nationally about 300 MB more at the peak of each process that reads the file).
 */
export async function readAggregates(file: string, writer?: number): Promise<Aggregates> {
  const intern = interner();
  const toFigure = figureMaker(intern);
  const figures: Figure[] = [];
  const dataset = await readHandoff(file, writer, { participation: (r) => void figures.push(toFigure(r)) });
  return aggregate(dataset, { figures, intern });
}
