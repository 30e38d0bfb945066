/**
 * The build step that writes the plain files (src/files: .txt, .docx, CSV, JSON…) into the staged
 * site, while Astro renders the pages. The main thread walks each kind's inputs from the aggregates
 * and hands them in batches to worker threads, which render and write the files; the few files made
 * from the whole dataset are rendered on the main thread.
 *
 * Workers: GOPY_WORKERS (default: one less than the cores, at least one; 0 renders everything on the
 * main thread).
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Aggregates } from '../src/lib/data/aggregate.ts';
import { readBroadcastEntries, readHelpFacts } from '../src/lib/content/entries.ts';
import { PLAIN_FILE_KINDS } from '../src/files/index.ts';
import { getCampaign } from '../src/lib/campaign/load.ts';
// sharp (chart images) is loaded on the main thread before any worker loads it, as sharp asks.
import '../src/lib/figures/png.ts';
import type { PlainFile, SharedContext } from '../src/files/kind.ts';

/** Inputs sent to a worker at once, and batches a worker may hold (one working, one waiting). */
const BATCH = 64;
const IN_FLIGHT = 2;

export interface KindStats {
  name: string;
  files: number;
  bytes: number;
  /** Wall time from the kind's first input to its last file written. */
  seconds: number;
}

/** Writes files under a folder, creating each directory once. */
export class FileSink {
  private dirs = new Set<string>();
  constructor(private root: string) {}
  /** Writes one file; returns its size in bytes. */
  write(file: PlainFile): number {
    const full = path.join(this.root, file.path);
    const dir = path.dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const { content } = file;
    let bytes: number;
    if (typeof content === 'string' || content instanceof Uint8Array) {
      writeFileSync(full, content);
      bytes = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    } else bytes = writePieces(full, content);
    return bytes;
  }
}

/** Writes text given in pieces, gathered into writes of about 1 MB. Returns the bytes written. */
function writePieces(file: string, pieces: Iterable<string>): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    const buffer = Buffer.from(pending.join(''));
    writeSync(fd, buffer);
    bytes += buffer.length;
    pending = [];
    size = 0;
  };
  try {
    for (const piece of pieces) {
      pending.push(piece);
      size += piece.length;
      if (size >= 1 << 20) flush();
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return bytes;
}

interface Job {
  /** Matches the worker's reply to its job: a worker renders its jobs concurrently (a PNG is drawn off its thread), so replies may come in another order. */
  id: number;
  kind: number;
  inputs: unknown[];
}

/** What a worker wrote for one job, counted by that job alone. */
type Reply = { id: number } & ({ ok: true; files: number; bytes: number } | { ok: false; error: string });

function startWorker(shared: SharedContext, outDir: string): Worker {
  const entry = new URL('./write-files-worker.ts', import.meta.url).href;
  // Node 20 does not pass tsx's loader to a worker's entry module: register it first.
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(boot, { eval: true, workerData: { shared, outDir } });
}

interface PoolWorker {
  worker: Worker;
  /** Resolvers of the jobs sent and not yet answered, by job id. */
  pending: Map<number, (r: Reply) => void>;
}

/** A pool of workers that take jobs and report what they wrote. */
class Pool {
  private waiting: (() => void)[] = [];
  private failure?: Error;
  private workers: PoolWorker[];
  private nextId = 0;
  constructor(
    workers: Worker[],
    private onDone: (kind: number, files: number, bytes: number) => void,
  ) {
    this.workers = workers.map((worker) => {
      const w: PoolWorker = { worker, pending: new Map() };
      worker.on('message', (r: Reply) => {
        const done = w.pending.get(r.id);
        w.pending.delete(r.id);
        done?.(r);
      });
      worker.on('error', (e) => this.fail(e));
      return w;
    });
  }
  private fail(e: Error) {
    this.failure ??= e;
    this.wake();
  }
  private wake() {
    this.waiting.splice(0).forEach((f) => f());
  }
  /** Resolves once a worker has taken the job (back-pressure on the main thread's walk). */
  async send(kind: number, inputs: unknown[]): Promise<void> {
    const job: Job = { id: this.nextId++, kind, inputs };
    for (;;) {
      if (this.failure) throw this.failure;
      const w = this.workers.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      if (w.pending.size < IN_FLIGHT) {
        w.pending.set(job.id, (r) => {
          if (r.ok) this.onDone(job.kind, r.files, r.bytes);
          else this.fail(new Error(r.error));
          this.wake();
        });
        w.worker.postMessage(job);
        return;
      }
      await new Promise<void>((r) => this.waiting.push(r));
    }
  }
  async drain(): Promise<void> {
    while (!this.failure && this.workers.some((w) => w.pending.size > 0)) await new Promise<void>((r) => this.waiting.push(r));
    if (this.failure) throw this.failure;
  }
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * Write every plain file of the site into `outDir` from the aggregates. Returns what each kind wrote.
 */
export async function writePlainFiles(
  data: Aggregates,
  outDir: string,
  options: { workers?: number; site?: string } = {},
): Promise<KindStats[]> {
  const shared: SharedContext = {
    broadcasts: await readBroadcastEntries(),
    site: options.site ?? (process.env.SITE_URL || undefined),
    siteName: (await getCampaign()).short_name,
  };
  const ctx = { ...shared, data, help: await readHelpFacts() };
  const workerCount = options.workers ?? Number(process.env.GOPY_WORKERS ?? Math.max(1, availableParallelism() - 1));
  const stats: KindStats[] = PLAIN_FILE_KINDS.map((k) => ({ name: k.name, files: 0, bytes: 0, seconds: 0 }));
  const started: number[] = [];
  const finished = (kind: number) => (stats[kind]!.seconds = (performance.now() - started[kind]!) / 1000);
  const sink = new FileSink(outDir);

  const workers = Array.from({ length: workerCount }, () => startWorker(shared, outDir));
  const pool = new Pool(workers, (kind, files, bytes) => {
    stats[kind]!.files += files;
    stats[kind]!.bytes += bytes;
    finished(kind);
  });
  try {
    for (const [i, kind] of PLAIN_FILE_KINDS.entries()) {
      started[i] = performance.now();
      const inline = kind.mainThread || workerCount === 0;
      let batch: unknown[] = [];
      for (const input of kind.inputs(ctx)) {
        if (inline) {
          for (const f of await kind.render(input, shared)) {
            stats[i]!.bytes += sink.write(f);
            stats[i]!.files++;
          }
          continue;
        }
        batch.push(input);
        if (batch.length === BATCH) {
          await pool.send(i, batch);
          batch = [];
        }
      }
      if (batch.length) await pool.send(i, batch);
      finished(i);
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
  return stats;
}
