/**
 * How the build's Astro processes, and the build's own process with its workers, grow their heap.
 * By default V8, favouring speed, lets a heap grow to about four times what survived the last
 * full collection before it collects again: nationally an Astro process keeps about 350 MB alive
 * and held 1.3 GB. Twice is enough: the same CPU time, a third less memory (one Astro process of
 * the national bench, 1,686 → 1,096 MB; README, Performance). The build's process keeps the
 * aggregates (about 230 MB nationally) while its main thread and workers make 2.5 GB of files: by
 * default its main heap reached 0.8–1 GB before a full collection, and the process 1.4–1.6 GB;
 * with this, under 1 GB, for the same time. Unlike a cap (GOPY_ASTRO_HEAP_MB), it cannot run out.
 * Not for the check, whose live data only grows while it reads: there it cost 4.5 s of 20 for 0.5 GB.
 */
export const HEAP_FLAGS = ['--heap-growing-percent=100'];
