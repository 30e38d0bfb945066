/**
 * How the build's Astro processes grow their heap. By default V8, favouring speed, lets a heap
 * grow to about four times what survived the last full collection before it collects again:
 * nationally an Astro process keeps about 350 MB alive and held 1.3 GB. Twice is enough: the same
 * CPU time, a third less memory (one Astro process of the national bench, 1,686 → 1,096 MB;
 * README, Performance). Unlike a cap (GOPY_ASTRO_HEAP_MB), it cannot run out. Not for the check,
 * whose live data only grows while it reads: there it cost 4.5 s of 20 for 0.5 GB.
 */
export const HEAP_FLAGS = ['--heap-growing-percent=100'];
