/** A worker thread of scripts/write-files.ts: renders batches of one kind's inputs and writes the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { PLAIN_FILE_KINDS } from '../src/files/index.ts';
import type { SharedContext } from '../src/files/kind.ts';
import { FileSink } from './write-files.ts';

const { shared, outDir } = workerData as { shared: SharedContext; outDir: string };
const sink = new FileSink(outDir);

parentPort!.on('message', async (job: { kind: number; inputs: unknown[] }) => {
  try {
    const kind = PLAIN_FILE_KINDS[job.kind]!;
    const before = { files: sink.files, bytes: sink.bytes };
    for (const input of job.inputs) for (const f of await kind.render(input, shared)) sink.write(f);
    parentPort!.postMessage({ ok: true, files: sink.files - before.files, bytes: sink.bytes - before.bytes });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: `${(e as Error).stack ?? e}` });
  }
});
