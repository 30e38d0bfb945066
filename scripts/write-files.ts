/**
 * The build step that writes the plain files (src/files: .txt, .docx, CSV, JSON…) into the staged
 * site, while Astro renders the pages. The main thread walks each kind's inputs from the aggregates
 * and hands them in batches to worker threads, which render and write the files; the few files made
 * from the whole dataset are rendered on the main thread.
 *
 * Workers: GOPY_WORKERS (default: one less than the cores, at least one: Astro has the other; 0
 * renders everything on the main thread), and GOPY_PAGE_WORKERS more (default 1) once Astro is done.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Aggregates } from '../src/lib/data/aggregate.ts';
import { readBroadcastEntries, readHelpFacts } from '../src/lib/content/entries.ts';
import { PLAIN_FILE_KINDS } from '../src/files/index.ts';
import { getCampaign } from '../src/lib/campaign/load.ts';
// sharp (chart images) is loaded on the main thread before any worker loads it, as sharp asks.
import '../src/lib/figures/png.ts';
import { PAGE_PARTS, type FilesContext, type PlainFile, type SharedContext } from '../src/files/kind.ts';
import { pageFrame, type PageFrame } from '../src/lib/site/page-frame.ts';
import type { SitemapPage } from '../src/lib/site/sitemap.ts';

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

/** Bytes gathered before a write: the buffer a file given in pieces is encoded into. */
const WRITE_BUFFER = 1 << 20;

/** Writes all of `data` at the file's position: a write may take fewer bytes than asked. */
function writeAll(fd: number, data: Uint8Array): number {
  for (let at = 0; at < data.length; ) at += writeSync(fd, data, at, data.length - at);
  return data.length;
}

/**
 * Text given in pieces, encoded into a reused buffer outside the heap and written to the file as
 * it fills: no piece is joined into a large string. Joining the whole-dataset files (259 MB
 * nationally, mostly 2-byte text) into 1 MB strings, with the .xlsx's rows held as an array, grew
 * the build's heap from 0.45 to 1 GB before a full collection; with neither, to 0.78 GB.
 */
class PieceWriter {
  private used = 0;
  bytes = 0;
  constructor(
    private fd: number,
    private buffer: Buffer,
  ) {}
  /** Adds a piece; true when the buffer was written out to make room. */
  push(piece: string): boolean {
    // A UTF-16 unit takes at most 3 bytes in UTF-8.
    if (this.used + piece.length * 3 <= WRITE_BUFFER) {
      this.used += this.buffer.write(piece, this.used);
      return false;
    }
    this.flush();
    if (piece.length * 3 <= WRITE_BUFFER) this.used = this.buffer.write(piece, 0);
    else this.bytes += writeAll(this.fd, Buffer.from(piece));
    return true;
  }
  flush(): void {
    if (this.used) this.bytes += writeAll(this.fd, this.buffer.subarray(0, this.used));
    this.used = 0;
  }
}

/** Writes files under a folder, creating each directory once. */
export class FileSink {
  private dirs = new Set<string>();
  /** Buffers of the writes in pieces not running now (writeYielding lets others run meanwhile: each write has its own). */
  private free: Buffer[] = [];
  constructor(private root: string) {}
  /** Writes one file; returns the bytes written. */
  write(file: PlainFile): number {
    const { content } = file;
    if (typeof content === 'string' || content instanceof Uint8Array) {
      writeFileSync(this.place(file.path), content);
      return typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
    }
    const pieces = this.pieces(file.path, content, () => false);
    return (pieces.next() as IteratorReturnResult<number>).value;
  }
  /**
   * Writes a file on the main thread, giving the event loop a turn each time a buffer's worth of
   * pieces is written, so that the other walks keep the workers fed meanwhile.
   */
  async writeYielding(file: PlainFile): Promise<number> {
    const { content } = file;
    if (typeof content === 'string' || content instanceof Uint8Array) return this.write(file);
    const pieces = this.pieces(file.path, content, () => true);
    for (let n = pieces.next(); ; n = pieces.next()) {
      if (n.done) return n.value;
      await turn();
    }
  }
  /** Writes the pieces, pausing (yielding) after each buffer written out when `pause()` says so; returns the bytes. */
  private *pieces(file: string, content: Iterable<string>, pause: () => boolean): Generator<void, number> {
    const fd = openSync(this.place(file), 'w');
    const buffer = this.free.pop() ?? Buffer.allocUnsafeSlow(WRITE_BUFFER);
    try {
      const out = new PieceWriter(fd, buffer);
      for (const piece of content) if (out.push(piece) && pause()) yield;
      out.flush();
      return out.bytes;
    } finally {
      closeSync(fd);
      this.free.push(buffer);
    }
  }
  /** The file's full path, its folder made if need be. */
  private place(file: string): string {
    const full = path.join(this.root, file);
    const dir = path.dirname(full);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    return full;
  }
}

/** Lets the event loop run: the main thread's long renders (the whole-dataset files) must not stop it handing out jobs. */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

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
  private workers: PoolWorker[] = [];
  private nextId = 0;
  constructor(
    workers: Worker[],
    private onDone: (kind: number, files: number, bytes: number) => void,
  ) {
    this.workers = [];
    for (const worker of workers) this.add(worker);
  }
  /** Takes one more worker (it may start on the next job sent). */
  add(worker: Worker): void {
    const w: PoolWorker = { worker, pending: new Map() };
    worker.on('message', (r: Reply) => {
      const done = w.pending.get(r.id);
      w.pending.delete(r.id);
      done?.(r);
    });
    worker.on('error', (e) => this.fail(e));
    this.workers.push(w);
    this.wake();
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
  /** Sends a message to every worker, before any job sent after it. */
  broadcast(message: unknown): void {
    for (const w of this.workers) w.worker.postMessage(message);
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
 * Write every plain file of the site into `outDir` from the aggregates. Returns what each kind
 * wrote, and the pages the page kinds wrote with their sitemap entries.
 *
 * Page kinds (a kind with `pages`: HTML pages of a route family) are written once `pagesReady`
 * resolves (Astro's pages are in `outDir`, among them each family's specimen, whose frame they
 * take: src/lib/site/page-frame.ts), by the same workers and `pageWorkers` more; without
 * `pagesReady`, or when `families` does not name theirs, they are not written (Astro renders them).
 */
export async function writePlainFiles(
  data: Aggregates,
  outDir: string,
  options: { workers?: number; site?: string; pagesReady?: Promise<unknown>; families?: readonly string[]; pageWorkers?: number } = {},
): Promise<{ kinds: KindStats[]; pages: SitemapPage[] }> {
  const campaign = await getCampaign();
  const shared: SharedContext = {
    broadcasts: await readBroadcastEntries(),
    site: options.site ?? (process.env.SITE_URL || undefined),
    siteName: campaign.short_name,
    campaign,
  };
  const ctx: FilesContext = { ...shared, data, help: await readHelpFacts() };
  const workerCount = options.workers ?? Number(process.env.GOPY_WORKERS ?? Math.max(1, availableParallelism() - 1));
  // Once Astro is done, its core: one more worker (GOPY_PAGE_WORKERS), for the pages and what is left.
  const pageWorkerCount = workerCount > 0 ? (options.pageWorkers ?? Number(process.env.GOPY_PAGE_WORKERS ?? 1)) : 0;
  const stats: KindStats[] = PLAIN_FILE_KINDS.map((k) => ({ name: k.name, files: 0, bytes: 0, seconds: 0 }));
  const started: number[] = [];
  const finished = (kind: number) => (stats[kind]!.seconds = (performance.now() - started[kind]!) / 1000);
  const sink = new FileSink(outDir);
  const onDone = (kind: number, files: number, bytes: number) => {
    stats[kind]!.files += files;
    stats[kind]!.bytes += bytes;
    finished(kind);
  };
  const pages: SitemapPage[] = [];

  const pool = workerCount > 0 ? new Pool(Array.from({ length: workerCount }, () => startWorker(shared, outDir)), onDone) : undefined;

  /** Sends every input of the kinds to the pool, or renders them here (inline). */
  const walk = async (kinds: number[], context: SharedContext, inputsOf: (i: number) => Iterable<unknown>) => {
    for (const i of kinds) {
      const kind = PLAIN_FILE_KINDS[i]!;
      started[i] ??= performance.now();
      const inline = kind.mainThread || !pool;
      let batch: unknown[] = [];
      for (const input of inputsOf(i)) {
        if (kind.pages) pages.push(kind.pages.sitemap(input, ctx));
        if (inline) {
          for (const f of await kind.render(input, context)) {
            stats[i]!.bytes += await sink.writeYielding(f);
            stats[i]!.files++;
          }
          await turn();
          continue;
        }
        batch.push(input);
        if (batch.length === BATCH) {
          await pool!.send(i, batch);
          batch = [];
        }
      }
      if (batch.length) await pool!.send(i, batch);
      finished(i);
    }
  };

  try {
    const files: number[] = [];
    const mainFiles: number[] = [];
    const pageKinds: number[] = [];
    PLAIN_FILE_KINDS.forEach((k, i) => {
      if (!k.pages) (k.mainThread && pool ? mainFiles : files).push(i);
      else if (!options.families || options.families.includes(k.pages.family)) pageKinds.push(i);
    });
    // Three walks at once: the plain files the workers write; those made here, from the whole
    // dataset, from the start, while this thread has little else to do (last, they were the
    // build's final 15 s, the workers idle: national bench); and, once Astro is done, the pages
    // (their frames sent to the workers first), so that they do not wait for the last download.
    const plain = walk(files, shared, (i) => PLAIN_FILE_KINDS[i]!.inputs(ctx));
    const here = walk(mainFiles, shared, (i) => PLAIN_FILE_KINDS[i]!.inputs(ctx));
    const framedPages = (async () => {
      if (!pageKinds.length || !options.pagesReady) return;
      await options.pagesReady;
      // Each family's frame, from its specimen (its first page, rendered by Astro), then its pages.
      const frames: Record<string, PageFrame> = {};
      const firsts = new Map<number, { first: unknown; rest: Iterator<unknown> }>();
      for (const i of pageKinds) {
        const kind = PLAIN_FILE_KINDS[i]!;
        const rest = kind.inputs(ctx)[Symbol.iterator]();
        const next = rest.next();
        if (next.done) continue;
        const { path: pagePath, parts } = kind.pages!.page(next.value, shared);
        const specimen = path.join(outDir, pagePath, 'index.html');
        const html = await readFile(specimen, 'utf8').catch(() => {
          throw new Error(`${kind.name}: Astro did not write ${pagePath}, the page the others take their frame from (GOPY_WORKER_PAGES)`);
        });
        frames[kind.pages!.family] = pageFrame(html, parts, PAGE_PARTS.map((p) => `${kind.name}, ${pagePath}: the ${p}`));
        firsts.set(i, { first: next.value, rest });
      }
      const framed: SharedContext = { ...shared, frames };
      pool?.broadcast({ frames });
      // Astro is done: its core takes a worker of its own.
      for (let n = 0; pool && n < pageWorkerCount; n++) pool.add(startWorker(framed, outDir));
      await walk([...firsts.keys()], framed, function* (i) {
        const { first, rest } = firsts.get(i)!;
        yield first;
        for (let n = rest.next(); !n.done; n = rest.next()) yield n.value;
      });
    })();
    const settled = await Promise.allSettled([plain, here, framedPages]);
    for (const r of settled) if (r.status === 'rejected') throw r.reason;
    await pool?.drain();
  } finally {
    await pool?.close();
  }
  return { kinds: stats, pages };
}
