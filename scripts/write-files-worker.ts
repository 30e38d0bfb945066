/** A worker thread of scripts/write-files.ts: renders batches of one kind's inputs and writes the files. */
import { parentPort, workerData } from 'node:worker_threads';
import { PLAIN_FILE_KINDS } from '../src/files/index.ts';
import type { SharedContext } from '../src/files/kind.ts';
import { FileSink } from './write-files.ts';

const { shared, outDir } = workerData as { shared: SharedContext; outDir: string };
const sink = new FileSink(outDir);

// Jobs run concurrently (while one waits for a PNG, the next renders): each counts its own files.
parentPort!.on('message', async (message: { id: number; kind: number; inputs: unknown[] } | { frames: SharedContext['frames'] }) => {
  // The page families' frames, known once Astro is done: sent before any page's job.
  if ('frames' in message) {
    shared.frames = message.frames;
    return;
  }
  const job = message;
  try {
    const kind = PLAIN_FILE_KINDS[job.kind]!;
    let files = 0;
    let bytes = 0;
    for (const input of job.inputs) {
      for (const f of await kind.render(input, shared)) {
        bytes += sink.write(f);
        files++;
      }
    }
    parentPort!.postMessage({ id: job.id, ok: true, files, bytes });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, ok: false, error: `${(e as Error).stack ?? e}` });
  }
});
