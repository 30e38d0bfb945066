/**
 * The one place pages get data. Reads the validated data folder once and aggregates once per
 * build: pages never read files and never re-aggregate (thousands of pages each calling
 * getCollection would slow the build to a crawl).
 */
import { aggregate, type Aggregates } from './aggregate.ts';
import { loadDataset } from './read.ts';

let cache: Promise<Aggregates> | undefined;

async function load(): Promise<Aggregates> {
  // One source for every part of the data: the validated folder (src/lib/data-files.ts). Not the
  // collections: Astro bundles its content store as one module, and with a national dataset
  // (322,920 rows, npm run bench) that alone ran out of memory. The collection loaders of
  // src/content.config.ts validate the same folder during content sync, so a bad row has failed
  // the build before this runs.
  const { dataset, problems } = await loadDataset();
  if (!dataset) throw new Error(`data: ${problems.length} problem(s); run npm run check`);
  return aggregate(dataset);
}

export function getSiteData(): Promise<Aggregates> {
  cache ??= load();
  return cache;
}
