/**
 * The build may render the pages in more than one Astro process at once (scripts/build.ts: one per
 * core, so that both cores of the reference machine render). Each process is told its share in
 * GOPY_SHARD ("1/2": the second of two) and renders that share of every large route family (one
 * page per area); the few other pages are rendered by every process and kept once. Unset: all.
 */

/** The environment variable that gives an Astro process its share. */
export const SHARD_ENV = 'GOPY_SHARD';

export interface Shard {
  /** 0-based. */
  index: number;
  count: number;
}

/** This process's share: "i/n" in GOPY_SHARD; the whole when unset. Throws on anything else. */
export function currentShard(env: Record<string, string | undefined> = process.env): Shard {
  const raw = env[SHARD_ENV]?.trim();
  if (!raw) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(raw);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new Error(`${SHARD_ENV}="${raw}": cần dạng i/n, 0 ≤ i < n (ví dụ 0/2)`);
  return { index, count };
}

/** The items of a route family this process renders: every count-th, from its index on. */
export function inShard<T>(items: readonly T[], shard: Shard = currentShard()): T[] {
  return shard.count === 1 ? [...items] : items.filter((_, k) => k % shard.count === shard.index);
}

/**
 * The route families whose pages the build's workers write (scripts/build.ts sets it for its Astro
 * processes: "broadcast"); Astro then renders only the family's specimen, its first page, in the
 * first process, from which the workers take the frame (src/lib/site/page-frame.ts). Unset (astro
 * dev, a plain `astro build`): Astro renders every page.
 */
export const WORKER_PAGES_ENV = 'GOPY_WORKER_PAGES';

/**
 * The pages of a route family this process renders: its share; when the workers write the family,
 * only the pages `astro` keeps (those the search indexes, say) and the specimen, the first page of
 * the rest, which the workers write too; both in the first process.
 */
export function familyShare<T>(
  family: string,
  items: readonly T[],
  { astro = () => false, env = process.env }: { astro?: (item: T) => boolean; env?: Record<string, string | undefined> } = {},
): T[] {
  const shard = currentShard(env);
  const byWorkers = (env[WORKER_PAGES_ENV] ?? '').split(',').map((s) => s.trim()).includes(family);
  if (!byWorkers) return inShard(items, shard);
  if (shard.index !== 0) return [];
  const specimen = items.find((item) => !astro(item));
  return items.filter((item) => astro(item) || item === specimen);
}
